// Isolation: does a cheap request stay cheap while the heaviest requests the limits still accept
// run beside it? A cheap query (one actor's id and name) is driven alone, then again while other
// connections send heavy queries (hubs' 3-hop graphs at the largest limit, hubs' relationships
// with all their evidence, the longest timeline, a full page of actors with their relationships),
// and its p99 is compared. Each heavy query is first sent once: those the cost limit refuses are
// listed, not driven, since refusing them is what keeps the cheap one fast.
import { drive, summarise, type DriveResult } from './drive.js';
import type { Vars } from './queries.js';

export interface IsolationResult {
  cheap: string;
  alone: DriveResult;
  beside: DriveResult;
  heavy: DriveResult;
  heavyConnections: number;
  /** The heavy queries driven, and those refused by the limits (with the refusal's code). */
  accepted: string[];
  refused: { name: string; code: string }[];
}

const CHEAP = 'query Cheap($id: ID!) { actor(id: $id) { id name } }';

const HEAVY: Record<string, { query: string; vars: (hub: string) => Record<string, unknown> }> = {
  'graph, 3 hops, limit 1000': {
    query: `query Heavy($id: ID!) { relationshipGraph(actorId: $id, depth: 3, limit: 1000) {
      nodes { id name kind distance } edges { id type source target startDate endDate } } }`,
    vars: (hub) => ({ id: hub }),
  },
  'a hub with all its evidence': {
    query: `query Heavy($id: ID!) { actor(id: $id) { relationships {
      id type startDate endDate description source { id name } target { id name } evidence { quote article { id title } } } } }`,
    vars: (hub) => ({ id: hub }),
  },
  'timeline, 500 entries': {
    query: `query Heavy { timeline(first: 500) { id type startDate endDate description source { id name } target { id name } } }`,
    vars: () => ({}),
  },
  '100 actors with their relationships': {
    query: `query Heavy { actors(first: 100) { edges { node { id name relationships { id type startDate target { id name } } } } } }`,
    vars: () => ({}),
  },
};

async function codeOf(url: string, body: string): Promise<string> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const json = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
  return json.errors?.[0]?.extensions?.code ?? (res.ok ? 'OK' : `HTTP ${res.status}`);
}

export async function measureIsolation(options: {
  url: string;
  /** Actors for the cheap query. */
  actors: Vars[];
  /** The graph's biggest hubs' ids. */
  hubs: string[];
  seconds: number;
  heavyConnections: number;
  maxRequests: number;
}): Promise<IsolationResult> {
  const cheap = { url: options.url, bodies: options.actors.map((v) => JSON.stringify({ query: CHEAP, variables: { id: v.id } })), connections: 1, maxRequests: options.maxRequests };
  const accepted: string[] = [];
  const refused: { name: string; code: string }[] = [];
  const heavyBodies: string[] = [];
  for (const [name, spec] of Object.entries(HEAVY)) {
    const bodies = options.hubs.map((hub) => JSON.stringify({ query: spec.query, variables: spec.vars(hub) }));
    const code = await codeOf(options.url, bodies[0] as string);
    if (code === 'OK') {
      accepted.push(name);
      heavyBodies.push(...bodies);
    } else {
      refused.push({ name, code });
    }
  }
  await drive({ ...cheap, seconds: 1 }); // warm-up
  const alone = summarise([await drive({ ...cheap, seconds: options.seconds })]);
  if (heavyBodies.length === 0) return { cheap: CHEAP, alone, beside: alone, heavy: summarise([]), heavyConnections: 0, accepted, refused };
  const heavyPlan = { url: options.url, bodies: heavyBodies, connections: options.heavyConnections, maxRequests: options.maxRequests };
  const [beside, heavy] = await Promise.all([drive({ ...cheap, seconds: options.seconds }), drive({ ...heavyPlan, seconds: options.seconds })]);
  return { cheap: CHEAP, alone, beside: summarise([beside]), heavy: summarise([heavy]), heavyConnections: options.heavyConnections, accepted, refused };
}

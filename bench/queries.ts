// The query set, the same for every contender, and the parameters each request draws from.
//
// 1 actor     one actor with its relationships, their ends and their evidence (quote + article)
// 2 graph     the 2-hop relationshipGraph, at most 200 nodes
// 3 path      shortestPath between two actors
// 4 timeline  one actor's relationships in date order
// 5 search    full-text search over names and aliases
//
// Parameters are picked deterministically (seeded) from the graph's degree distribution: hubs (the
// top 1 % by degree) and mid-degree actors (between the median and the 90th percentile). Each
// request takes the next parameter set of its pool, round robin, so no contender answers the same
// question twice in a row from a cache.
import { toLuceneQuery } from '../src/graph/lucene.js';
import { PEER_FIELDS } from './peer-schema.js';
import { createRng } from './prng.js';
import type { GraphSource } from './source.js';

export const QUERY_NAMES = ['actor', 'graph', 'path', 'timeline', 'search'] as const;
export type QueryName = (typeof QUERY_NAMES)[number];
export type Vars = Record<string, string>;

export interface QuerySpec {
  name: QueryName;
  title: string;
  /** Our GraphQL document (operation over the project's schema). */
  graphql: string;
  /** The peer's document and how its variables map, or why the peer cannot answer it. */
  peer: { document: string; vars: (v: Vars) => Vars; note?: string } | { na: string };
}

const peerConnections = (edge: string) => PEER_FIELDS.map((f) => `${f.field}Connection${edge}`).join('\n      ');

export const QUERIES: Record<QueryName, QuerySpec> = {
  actor: {
    name: 'actor',
    title: 'actor by id → relationships → ends, evidence → quote + article title',
    graphql: `query Actor($id: ID!) {
  actor(id: $id) {
    id name kind
    relationships {
      id type startDate endDate
      source { id name }
      target { id name }
      evidence { quote article { id title } }
    }
  }
}`,
    peer: {
      // One connection per relationship type and direction: the library has no "any type" field.
      document: `query Actor($id: ID!) {
  actors(where: { id: { eq: $id } }) {
    id name kind
      ${peerConnections(' { edges { properties { id startDate endDate evidenceQuotes evidenceArticleNodes { id title } } node { id name } } }')}
  }
}`,
      vars: (v) => v,
    },
  },
  graph: {
    name: 'graph',
    title: 'relationshipGraph, depth 2, limit 200',
    graphql: `query Graph($id: ID!) {
  relationshipGraph(actorId: $id, depth: 2, limit: 200) {
    rootId truncated
    nodes { id name kind distance }
    edges { id type source target startDate endDate }
  }
}`,
    peer: {
      na: 'no neighbourhood query: a 2-level selection over 34 relationship fields nests 34 × 34 subqueries, with no limit on the nodes across them and no de-duplication',
    },
  },
  path: {
    name: 'path',
    title: 'shortestPath between two actors (max length 6)',
    graphql: `query Path($from: ID!, $to: ID!) {
  shortestPath(fromId: $from, toId: $to) {
    length
    nodes { id name }
    relationships { id type source { id } target { id } }
  }
}`,
    peer: { na: 'no path queries (only through a hand-written @cypher field, which would be our Cypher, not the library)' },
  },
  timeline: {
    name: 'timeline',
    title: "one actor's timeline (first 200, date order)",
    graphql: `query Timeline($id: ID!) {
  timeline(actorId: $id) {
    id type startDate endDate
    source { id name }
    target { id name }
  }
}`,
    peer: {
      // Each connection sorts and pages on its own; the client merges the 34 lists.
      document: `query Timeline($id: ID!) {
  actors(where: { id: { eq: $id } }) {
    id
      ${peerConnections('(first: 200, sort: [{ edge: { startDay: ASC } }]) { edges { properties { id startDate endDate } node { id name } } }')}
  }
}`,
      vars: (v) => v,
      note: 'approximate: 34 separately sorted connections of up to 200 each, merged by the client (the library cannot sort across relationship types)',
    },
  },
  search: {
    name: 'search',
    title: 'full-text search, first 10',
    graphql: `query Search($text: String!) {
  search(text: $text, first: 10) { id name kind }
}`,
    peer: {
      document: `query Search($phrase: String!) {
  actorsByName(phrase: $phrase, first: 10) { edges { score node { id name kind } } }
}`,
      // The same Lucene query our search sends (fuzzy, prefix), so both ask the index the same.
      vars: (v) => ({ phrase: toLuceneQuery(v.text ?? '') ?? '' }),
      note: 'same Lucene query on the same index; without our exact-match-first ordering',
    },
  },
};

export interface Pools {
  /** Variables per query, round robin. */
  vars: Record<QueryName, Vars[]>;
  /** How the actors were chosen, for the report. */
  description: string;
  /** The ids of the biggest hubs, biggest first (at most 8). */
  hubs: string[];
}

const POOL_SIZE = 32;
const NAME_FILLERS = new Set(['of', 'and', 'the', 'for', 'republic', 'national', 'council', 'union', 'ministry', 'defence', 'foreign', 'armed', 'forces', 'radio', 'military', 'junta', 'pact', 'supporters']);

/** A word a person would type to find this actor: its most distinctive name word, sometimes misspelt. */
function searchText(name: string, misspell: boolean): string {
  const words = name.split(/\s+/).filter((w) => !NAME_FILLERS.has(w.toLowerCase()));
  const word = words.reduce((best, w) => (w.length > best.length ? w : best), words[0] ?? name);
  if (!misspell || word.length < 5) return word;
  const i = Math.floor(word.length / 2);
  return word.slice(0, i) + word.slice(i + 1); // one letter dropped: fuzzy matching must find it
}

export function pickPools(source: GraphSource, seed = 7): Pools {
  const rng = createRng(seed, source.actors.length);
  const order = source.actors.map((_, i) => i).sort((a, b) => (source.degree[b] as number) - (source.degree[a] as number) || a - b);
  const degreeAt = (q: number) => source.degree[order[Math.min(order.length - 1, Math.floor(q * order.length))] as number] as number;
  const hubs = order.slice(0, Math.max(1, Math.ceil(order.length * 0.01)));
  const p50 = degreeAt(0.5);
  const p90 = degreeAt(0.1);
  const mid = order.filter((i) => {
    const d = source.degree[i] as number;
    return d >= p50 && d <= p90;
  });
  const idOf = (i: number) => (source.actors[i] as { id: string }).id;
  const take = (from: number[], n: number) => Array.from({ length: n }, () => rng.pick(from));
  const mixed = () => [...take(hubs, POOL_SIZE / 4), ...take(mid, (POOL_SIZE * 3) / 4)];
  const interleave = (ids: number[]) => ids.map((_, k) => ids[(k * 5) % ids.length] as number); // spread hubs through the pool

  const vars: Record<QueryName, Vars[]> = {
    actor: take(mid, POOL_SIZE).map((i) => ({ id: idOf(i) })),
    graph: interleave(mixed()).map((i) => ({ id: idOf(i) })),
    path: Array.from({ length: POOL_SIZE }, (_, k) => {
      const from = k % 2 === 0 ? rng.pick(hubs) : rng.pick(mid);
      let to = rng.pick(mid);
      while (to === from && mid.length > 1) to = rng.pick(mid);
      return { from: idOf(from), to: idOf(to) };
    }),
    timeline: interleave(mixed()).map((i) => ({ id: idOf(i) })),
    search: take(order, POOL_SIZE).map((i, k) => ({ text: searchText((source.actors[i] as { name: string }).name, k % 4 === 3) })),
  };
  const maxHub = source.degree[hubs[0] as number] as number;
  return {
    vars,
    hubs: hubs.slice(0, 8).map(idOf),
    description:
      `hubs: the top ${hubs.length} actor(s) by degree (highest ${maxHub}); mid-degree: ${mid.length} actors of degree ${p50}–${p90} ` +
      `(median to 90th percentile). actor: ${POOL_SIZE} mid-degree actors; graph and timeline: ${POOL_SIZE / 4} hubs + ${(POOL_SIZE * 3) / 4} mid-degree; ` +
      `path: ${POOL_SIZE} pairs, half hub → mid-degree, half mid → mid; search: a name word of ${POOL_SIZE} actors, one in four misspelt.`,
  };
}

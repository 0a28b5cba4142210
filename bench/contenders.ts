// The three contenders as the benchmark sees them: how to start each (a child process on a free
// port, configured like `npm start`), where each query goes and with what body, and the check
// that runs before any measurement: the floor must answer exactly what the GraphQL server answers,
// and the peer without errors (the same relationships, for the actor query).
import { isDeepStrictEqual } from 'node:util';
import { join } from 'node:path';
import { REPO_ROOT } from '../src/paths.js';
import { BENCH_API_KEY } from './import-batch.js';
import { BENCH_NEO4J_PASSWORD } from './neo4j.js';
import { PEER_FIELDS } from './peer-schema.js';
import { freePort } from './ports.js';
import { QUERIES, type QueryName, type Vars } from './queries.js';
import { CONTENDERS, type Contender, type QueryCheck } from './results.js';
import { startServer, type ServerProcess } from './servers.js';

const CHECKED_PARAMETER_SETS = 4;

export interface Endpoint {
  server: ServerProcess;
  path: (query: QueryName) => string;
  body: (query: QueryName, vars: Vars) => string | null;
}

async function post(url: string, body: string): Promise<{ status: number; json: unknown }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  return { status: res.status, json: await res.json() };
}

type Json = { data?: Record<string, unknown>; errors?: unknown[] };

/** The relationship ids in the peer's answer to the actor query (all connections). */
function peerRelationshipIds(json: Json): string[] {
  const actor = (json.data?.actors as Record<string, { edges: { properties: { id: string } }[] }>[] | undefined)?.[0];
  if (!actor) return [];
  return PEER_FIELDS.flatMap((f) => actor[`${f.field}Connection`]?.edges.map((e) => e.properties.id) ?? []);
}

/** Before measuring: the floor must answer exactly what the GraphQL server answers, and the peer without errors. */
export async function check(query: QueryName, pool: Vars[], endpoints: Partial<Record<Contender, Endpoint>>): Promise<QueryCheck> {
  let floorIdentical = true;
  const peerNotes = new Set<string>();
  const sets = pool.slice(0, CHECKED_PARAMETER_SETS);
  for (const vars of sets) {
    const answers: Partial<Record<Contender, Json>> = {};
    for (const contender of CONTENDERS) {
      const endpoint = endpoints[contender];
      const body = endpoint?.body(query, vars);
      if (!endpoint || !body) continue;
      const { status, json } = await post(`${endpoint.server.url}${endpoint.path(query)}`, body);
      if (status !== 200 || (json as Json).errors) {
        throw new Error(`${contender} failed ${query} ${JSON.stringify(vars)}: HTTP ${status} ${JSON.stringify(json).slice(0, 500)}`);
      }
      answers[contender] = json as Json;
    }
    if (!isDeepStrictEqual(answers.graphql, answers.floor)) floorIdentical = false;
    if (answers.peer) {
      if (query === 'actor') {
        const ours = ((answers.graphql?.data?.actor as { relationships: { id: string }[] } | null)?.relationships ?? []).map((r) => r.id).sort();
        const theirs = peerRelationshipIds(answers.peer).sort();
        peerNotes.add(isDeepStrictEqual(ours, theirs) ? 'the same relationships' : '**different relationships**');
      } else {
        peerNotes.add('answered without errors');
      }
    }
  }
  return { floorIdentical, peer: peerNotes.size ? [...peerNotes].join(', ') : 'n/a', checked: sets.length };
}

export async function startContenders(boltUri: string, database: string, log: (line: string) => void): Promise<Record<Contender, ServerProcess>> {
  const base = {
    NEO4J_URI: boltUri,
    NEO4J_USERNAME: 'neo4j',
    NEO4J_PASSWORD: BENCH_NEO4J_PASSWORD,
    NEO4J_DATABASE: database,
    HOST: '127.0.0.1',
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    SEED_ON_START: 'false',
    GRAPHIQL: 'false',
    // Load from one client is the point here; the limiter would answer 429 after a few hundred.
    RATE_LIMIT_PER_MINUTE: '0',
    // For the importGraph measurement (our server only).
    API_KEYS: BENCH_API_KEY,
    // The load saturates the machine, and the first statements after a start are planned while
    // it does: the bench measures cost, not whether a request fits the production deadline.
    REQUEST_TIMEOUT_MS: '60000',
  };
  const start = async (name: Contender, script: string) => {
    const port = await freePort();
    const server = await startServer({ name, script, env: { ...base, PORT: String(port) }, port, readyPath: '/ready' });
    log(`${name} is up (pid ${server.pid}, ${server.url})`);
    return server;
  };
  const graphql = await start('graphql', join(REPO_ROOT, 'dist', 'src', 'index.js'));
  const floor = await start('floor', join(REPO_ROOT, 'dist', 'bench', 'floor-server.js'));
  const peer = await start('peer', join(REPO_ROOT, 'dist', 'bench', 'peer-server.js'));
  return { graphql, floor, peer };
}

export function endpointsFor(servers: Record<Contender, ServerProcess>): Record<Contender, Endpoint> {
  return {
    graphql: { server: servers.graphql, path: () => '/graphql', body: (q, vars) => JSON.stringify({ query: QUERIES[q].graphql, variables: vars }) },
    floor: { server: servers.floor, path: (q) => `/${q}`, body: (_q, vars) => JSON.stringify(vars) },
    peer: {
      server: servers.peer,
      path: () => '/graphql',
      body: (q, vars) => {
        const spec = QUERIES[q].peer;
        return 'na' in spec ? null : JSON.stringify({ query: spec.document, variables: spec.vars(vars) });
      },
    },
  };
}

/** The contenders that can answer `query`, each with its drive plan (url, rotating bodies). */
export function contendersFor(query: QueryName, pool: Vars[], endpoints: Record<Contender, Endpoint>, options: { connections: number; maxRequests: number }) {
  return CONTENDERS.flatMap((contender) => {
    const endpoint = endpoints[contender];
    const bodies = pool.map((vars) => endpoint.body(query, vars));
    if (bodies.some((b) => b === null)) return [];
    const plan = { url: `${endpoint.server.url}${endpoint.path(query)}`, bodies: bodies as string[], connections: options.connections, maxRequests: options.maxRequests };
    return [{ contender, server: endpoint.server, plan }];
  });
}

// What the Node side costs per query with the database taken out: every statement's answer is
// recorded once from a real Neo4j and replayed (bench/replay-executor.ts), then each query of the
// benchmark runs many times through
//   engine: Apollo's executeOperation (GraphQL parse/validate/execute + resolvers + loaders) vs the
//           floor's handler (the same service calls, hand-shaped JSON);
//   http:   the real HTTP server (Express, logging, Apollo) vs the floor's node:http server,
//           both in this process, one request at a time.
// CPU time per operation, single-threaded, is steady on a busy machine where latency is not: the
// tool for before/after comparisons of the GraphQL server's own overhead.
//
//   node dist/bench/overhead.js [--uri bolt://… --password …] [--scale seed|10k] [--iterations 2000]
//     [--query actor …] [--mode engine|http]; add node --cpu-prof to see where the time goes
// Without --uri it starts a throw-away Neo4j and loads the scale (seed by default).
import 'reflect-metadata';
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { loadConfig } from '../src/config.js';
import { createDriver } from '../src/db/driver.js';
import { applySchema } from '../src/db/migrations.js';
import { GraphExecutor } from '../src/graph/executor.js';
import { readSeeds } from '../src/graph/seed.js';
import { createServices } from '../src/graph/services.js';
import { createLogger } from '../src/logger.js';
import { createApollo } from '../src/server/apollo.js';
import { ListSizeMonitor } from '../src/server/cost.js';
import { startHttpServer } from '../src/server/http.js';
import { buildGraphQLSchema } from '../src/schema/build-schema.js';
import type { Context } from '../src/schema/context.js';
import { HANDLERS } from './floor-handlers.js';
import { createFloorServer } from './floor-server.js';
import { loadWithProjectLoader } from './load.js';
import { BENCH_NEO4J_PASSWORD, startBenchNeo4j } from './neo4j.js';
import { pickPools, QUERIES, QUERY_NAMES, type QueryName, type Vars } from './queries.js';
import { ReplayExecutor } from './replay-executor.js';
import { SCALE_NAMES, seedSource, syntheticSource, type ScaleName } from './source.js';

const { values } = parseArgs({
  options: {
    uri: { type: 'string' },
    password: { type: 'string', default: BENCH_NEO4J_PASSWORD },
    scale: { type: 'string', default: 'seed' },
    iterations: { type: 'string', default: '2000' },
    query: { type: 'string', multiple: true },
    mode: { type: 'string', multiple: true },
  },
});
const scale = values.scale as ScaleName;
if (!SCALE_NAMES.includes(scale) || scale === '1m' || scale === '100k') throw new Error('--scale seed or 10k');
const iterations = Number(values.iterations);
const queries = (values.query ?? [...QUERY_NAMES]) as QueryName[];
const modes = values.mode ?? ['engine', 'http'];
const source = scale === 'seed' ? seedSource(readSeeds()) : syntheticSource(scale);

const neo4j = values.uri ? null : await startBenchNeo4j(scale, (line) => console.error(line));
const uri = values.uri ?? (neo4j?.boltUri as string);
const config = loadConfig({
  NEO4J_URI: uri,
  NEO4J_PASSWORD: values.password,
  NODE_ENV: 'production',
  LOG_LEVEL: 'warn',
  PORT: '0',
  GRAPHIQL: 'false',
  SEED_ON_START: 'false',
  RATE_LIMIT_PER_MINUTE: '0',
});
const driver = createDriver(uri, config.neo4j);
const real = new GraphExecutor(driver, config.neo4j.database, 600_000);
if (neo4j) {
  await applySchema(real);
  await loadWithProjectLoader(real, source, { batchSize: 10_000 });
}
const replay = new ReplayExecutor(real, driver, config.neo4j.database);
const logger = createLogger('warn');
const apollo = createApollo(await buildGraphQLSchema(), createServer(), config, logger, new ListSizeMonitor(real, config.limits.costStatsRefreshMs, logger));
await apollo.start();
const graphqlHttp = await startHttpServer(config, replay, { schemaApplied: true, seedsLoaded: true }, logger);
const floorHttp: Server = createFloorServer(replay);
floorHttp.listen(0, '127.0.0.1');
await once(floorHttp, 'listening');
const floorUrl = `http://127.0.0.1:${(floorHttp.address() as AddressInfo).port}`;

type Op = (vars: Vars) => Promise<unknown>;
const engine = (q: QueryName): Record<'graphql' | 'floor', Op> => ({
  graphql: async (vars) => {
    const contextValue: Context = { requestId: 'overhead', services: createServices(replay), authenticated: false };
    const response = await apollo.executeOperation({ query: QUERIES[q].graphql, variables: vars }, { contextValue });
    if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
    return JSON.stringify(response.body.singleResult); // both sides serialise, as they would to answer
  },
  floor: async (vars) => JSON.stringify({ data: await HANDLERS[q](createServices(replay), vars) }),
});
const http = (q: QueryName): Record<'graphql' | 'floor', Op> => {
  const post = async (url: string, body: string, retry = true): Promise<unknown> => {
    try {
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      return await res.json();
    } catch (error) {
      // A kept-alive connection the server closed while idle: once more, on a new one.
      if (retry) return post(url, body, false);
      throw error;
    }
  };
  return {
    graphql: (vars) => post(`${graphqlHttp.url}/graphql`, JSON.stringify({ query: QUERIES[q].graphql, variables: vars })),
    floor: (vars) => post(`${floorUrl}/${q}`, JSON.stringify(vars)),
  };
};

/** CPU microseconds per operation over `n` runs of `op`, cycling through the pool. */
async function cost(op: Op, pool: Vars[], n: number): Promise<number> {
  const before = process.cpuUsage();
  for (let i = 0; i < n; i += 1) await op(pool[i % pool.length] as Vars);
  const used = process.cpuUsage(before);
  return (used.user + used.system) / n;
}

const pools = pickPools(source);
console.log(`scale ${scale}, ${iterations} iterations per measurement; CPU µs per operation (lower is better)`);
console.log('query     mode    graphql    floor   ratio');
for (const q of queries) {
  const pool = pools.vars[q];
  replay.recording = true;
  for (const vars of pool) await engine(q).floor(vars); // record every statement the floor and
  for (const vars of pool) await engine(q).graphql(vars); // the resolvers make (the same ones)
  replay.recording = false;
  for (const vars of pool) {
    const [ours, floor] = [JSON.parse((await engine(q).graphql(vars)) as string), JSON.parse((await engine(q).floor(vars)) as string)];
    if (!isDeepStrictEqual(ours, floor)) throw new Error(`${q} ${JSON.stringify(vars)}: the floor answers differently`);
  }
  for (const [mode, ops] of [['engine', engine(q)], ['http', http(q)]] as const) {
    if (!modes.includes(mode)) continue;
    await cost(ops.graphql, pool, Math.min(500, iterations)); // warm up (JIT)
    await cost(ops.floor, pool, Math.min(500, iterations));
    // Alternate halves, so drift in machine load falls on both sides alike.
    let g = 0;
    let f = 0;
    for (let half = 0; half < 2; half += 1) {
      g += await cost(ops.graphql, pool, iterations / 2);
      f += await cost(ops.floor, pool, iterations / 2);
    }
    console.log(`${q.padEnd(9)} ${mode.padEnd(6)} ${(g / 2).toFixed(0).padStart(8)} ${(f / 2).toFixed(0).padStart(8)} ${(g / f).toFixed(2).padStart(7)}`);
  }
}
await graphqlHttp.stop();
floorHttp.close();
await apollo.stop();
await driver.close();
await neo4j?.stop();

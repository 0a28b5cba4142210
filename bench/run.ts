// `npm run bench`: for each scale, a throw-away Neo4j; the graph loaded twice (bare loop, then
// the project's loader); the three contenders started as child processes; each query checked,
// warmed up and driven with autocannon; then BENCHMARKS.md and bench/results/latest.json.
//
//   npm run bench                        seed, 10k, 100k and 1m; 3 s warm-up + 10 s per measurement
//   npm run bench -- --quick             seed and 10k; 1 s + 3 s (a few minutes)
//   npm run bench -- --scale 1m          one scale (or a comma-separated list)
//   options: --connections 8 --seconds 10 --warmup 3 --batch 10000 --note "text" --out BENCHMARKS.md
import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.js';
import { createDriver } from '../src/db/driver.js';
import { applySchema } from '../src/db/migrations.js';
import { GraphExecutor } from '../src/graph/executor.js';
import { readSeeds } from '../src/graph/seed.js';
import { REPO_ROOT } from '../src/paths.js';
import { check, contendersFor, endpointsFor, startContenders } from './contenders.js';
import { drive, summarise, type Sample } from './drive.js';
import { measureImport } from './import-batch.js';
import { measureIsolation } from './isolation.js';
import { dropBareIndex, loadBare, loadProject, wipe } from './load.js';
import { describeMachine, describeVersions } from './machine.js';
import { BENCH_NEO4J_PASSWORD, startBenchNeo4j } from './neo4j.js';
import { pickPools, QUERY_NAMES } from './queries.js';
import { renderReport } from './report.js';
import { CONTENDERS, evaluateTargets, type BenchRun, type Contender, type RunOptions, type ScaleResult } from './results.js';
import { readCpuMs, type ServerProcess } from './servers.js';
import { SCALE_NAMES, seedSource, syntheticSource, type GraphSource, type ScaleName } from './source.js';

const DATABASE = 'neo4j';
const MAX_REQUESTS = 500_000; // per measurement, whatever its duration
const runStarted = performance.now();
/** The Java version Neo4j ran on, once a scale has started it. */
let javaVersion: string | null = null;
/** What to stop if the run is interrupted: the current scale's servers and Neo4j (and its folder). */
const cleanups = new Set<() => Promise<void>>();

function log(line: string): void {
  const elapsed = (performance.now() - runStarted) / 1000;
  const stamp = `${String(Math.floor(elapsed / 60)).padStart(2, '0')}:${String(Math.floor(elapsed % 60)).padStart(2, '0')}`;
  process.stderr.write(`[bench ${stamp}] ${line}\n`);
}

function parseOptions(): RunOptions & { notes: string[]; out: string; json: string } {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      scale: { type: 'string', multiple: true },
      connections: { type: 'string' },
      seconds: { type: 'string' },
      warmup: { type: 'string' },
      batch: { type: 'string' },
      note: { type: 'string', multiple: true },
      out: { type: 'string' },
      json: { type: 'string' },
    },
  });
  const quick = values.quick ?? false;
  const scales = (values.scale ?? (quick ? ['seed', '10k'] : [...SCALE_NAMES])).flatMap((s) => s.split(',')).map((s) => s.trim());
  for (const s of scales) {
    if (!(SCALE_NAMES as readonly string[]).includes(s)) throw new Error(`--scale ${s}: use one of ${SCALE_NAMES.join(', ')}`);
  }
  const number = (value: string | undefined, fallback: number, name: string) => {
    if (value === undefined) return fallback;
    const parsed = Number(value);
    if (!Number.isFinite(parsed) || parsed <= 0) throw new Error(`--${name} must be a positive number`);
    return parsed;
  };
  return {
    quick,
    // In the order of SCALE_NAMES, each once.
    scales: SCALE_NAMES.filter((s) => scales.includes(s)),
    connections: Math.round(number(values.connections, 8, 'connections')),
    seconds: number(values.seconds, quick ? 3 : 10, 'seconds'),
    warmupSeconds: number(values.warmup, quick ? 1 : 3, 'warmup'),
    batchSize: Math.round(number(values.batch, 10_000, 'batch')),
    notes: values.note ?? [],
    out: values.out ?? join(REPO_ROOT, 'BENCHMARKS.md'),
    json: values.json ?? join(REPO_ROOT, 'bench', 'results', 'latest.json'),
  };
}

async function runScale(scale: ScaleName, options: RunOptions, onScaleDone: (partial: ScaleResult) => void): Promise<ScaleResult> {
  const started = performance.now();
  const source: GraphSource = scale === 'seed' ? seedSource(readSeeds()) : syntheticSource(scale);
  log(`${scale}: ${source.actors.length.toLocaleString('en')} actors, ${source.relationshipCount.toLocaleString('en')} relationships; starting Neo4j`);
  const neo4j = await startBenchNeo4j(scale, (line) => log(`${scale}: ${line}`));
  javaVersion ??= neo4j.java;
  // The loading connection: the server's driver settings, with room for big write transactions.
  const config = loadConfig({
    NEO4J_URI: neo4j.boltUri,
    NEO4J_PASSWORD: BENCH_NEO4J_PASSWORD,
    NEO4J_DATABASE: DATABASE,
    NEO4J_TX_TIMEOUT_MS: '600000',
    NEO4J_ACQUISITION_TIMEOUT_MS: '60000',
  }).neo4j;
  const driver = createDriver(neo4j.boltUri, config);
  const db = new GraphExecutor(driver, DATABASE, config.txTimeoutMs);
  let servers: Record<Contender, ServerProcess> | null = null;
  const stopAll = async () => {
    if (servers) await Promise.all(Object.values(servers).map((s) => s.stop()));
    await driver.close();
    await neo4j.stop();
  };
  cleanups.add(stopAll);
  try {
    const loadOptions = { batchSize: options.batchSize, onProgress: (line: string) => log(`${scale}: ${line}`) };
    // Both loaders warm up on the curated seed graph (loaded, then deleted) before they are timed.
    const warmUp = seedSource(readSeeds());
    log(`${scale}: bare UNWIND CREATE loop into the empty database`);
    const bare = await loadBare(driver, DATABASE, source, { ...loadOptions, warmUp });
    const wipeStarted = performance.now();
    await wipe(driver, DATABASE);
    const wipeMs = performance.now() - wipeStarted;
    await dropBareIndex(driver, DATABASE);
    await applySchema(db);
    log(`${scale}: project loader (schema applied)`);
    const project = await loadProject(db, driver, DATABASE, source, { ...loadOptions, warmUp });
    await db.write('CALL db.awaitIndexes(600)');
    log(`${scale}: loaded relationships in ${(project.relationshipsMs / 1000).toFixed(1)} s (bare loop ${(bare.relationshipsMs / 1000).toFixed(1)} s: ${(project.relationshipsMs / bare.relationshipsMs).toFixed(2)}×)`);

    servers = await startContenders(neo4j.boltUri, DATABASE, log);
    const endpoints = endpointsFor(servers);
    const pools = pickPools(source);
    const result: ScaleResult = {
      scale,
      actors: source.actors.length,
      relationships: source.relationshipCount,
      articles: source.articles.length,
      neo4jMemory: { heap: neo4j.heap, pageCache: neo4j.pageCache },
      load: { project, bare, wipeMs },
      pools: pools.description,
      checks: {},
      results: {},
      peakRssMb: {},
      wallSeconds: 0,
    };
    const plans = QUERY_NAMES.map((query) => ({ query, contenders: contendersFor(query, pools.vars[query], endpoints, { connections: options.connections, maxRequests: MAX_REQUESTS }) }));
    // Warm everything up first (the servers' JIT, Neo4j's plans and JIT, the page cache), so that
    // whoever is measured first does not pay for warming the database for the others.
    for (const { query, contenders } of plans) {
      result.checks[query] = await check(query, pools.vars[query], endpoints);
      for (const { plan } of contenders) await drive({ ...plan, seconds: options.warmupSeconds });
    }
    log(`${scale}: warmed up; measuring`);
    for (const { query, contenders } of plans) {
      // Two rounds in opposite orders, each half the time: drift in the machine's load (other
      // work, Neo4j's background jobs) falls on every contender alike.
      const samples = new Map<Contender, Sample[]>();
      const peaks = new Map<Contender, number | null>();
      const cpu = new Map<Contender, { server: number; neo4j: number }>();
      for (const round of [0, 1]) {
        for (const { contender, server, plan } of round === 0 ? contenders : [...contenders].reverse()) {
          const stopSampling = server.sampleRss();
          const before = { server: readCpuMs(server.pid), neo4j: readCpuMs(neo4j.pid) };
          const sample = await drive({ ...plan, seconds: options.seconds / 2 });
          const after = { server: readCpuMs(server.pid), neo4j: readCpuMs(neo4j.pid) };
          const rss = stopSampling();
          samples.set(contender, [...(samples.get(contender) ?? []), sample]);
          peaks.set(contender, Math.max(peaks.get(contender) ?? 0, rss ?? 0) || null);
          const used = cpu.get(contender) ?? { server: 0, neo4j: 0 };
          used.server += (after.server ?? NaN) - (before.server ?? NaN);
          used.neo4j += (after.neo4j ?? NaN) - (before.neo4j ?? NaN);
          cpu.set(contender, used);
        }
      }
      for (const { contender } of contenders) {
        const measured = summarise(samples.get(contender) ?? []);
        const rssMb = peaks.get(contender) ?? null;
        const used = cpu.get(contender);
        const perRequest = (ms: number | undefined) => (ms === undefined || !Number.isFinite(ms) ? null : ms / Math.max(1, measured.requests));
        (result.results[query] ??= {})[contender] = { ...measured, rssMb, serverCpuMs: perRequest(used?.server), neo4jCpuMs: perRequest(used?.neo4j) };
        log(
          `${scale}: ${query.padEnd(8)} ${contender.padEnd(7)} p50 ${measured.p50.toFixed(2)} ms, p99 ${measured.p99.toFixed(2)} ms, ` +
            `${Math.round(measured.rps)} req/s, CPU/req ${perRequest(used?.server)?.toFixed(2) ?? 'n/a'} ms + Neo4j ${perRequest(used?.neo4j)?.toFixed(2) ?? 'n/a'} ms, ` +
            `RSS ${rssMb?.toFixed(0) ?? 'n/a'} MB${measured.failures ? `, ${measured.failures} FAILED` : ''}`,
        );
      }
      onScaleDone({ ...result, wallSeconds: (performance.now() - started) / 1000 });
    }
    log(`${scale}: isolation: a cheap query alone, then beside the heaviest accepted queries`);
    result.isolation = await measureIsolation({
      url: `${servers.graphql.url}/graphql`,
      actors: pools.vars.actor,
      hubs: pools.hubs,
      seconds: options.seconds,
      heavyConnections: Math.max(1, options.connections - 1),
      maxRequests: MAX_REQUESTS,
    });
    const iso = result.isolation;
    log(
      `${scale}: isolation: cheap p99 ${iso.alone.p99.toFixed(2)} ms alone, ${iso.beside.p99.toFixed(2)} ms beside ${iso.accepted.length} heavy queries` +
        `${iso.refused.length ? ` (refused: ${iso.refused.map((r) => `${r.name} ${r.code}`).join(', ')})` : ''}`,
    );
    const known = { actorId: (source.actors[0] as { id: string }).id, evidence: source.relationships(0, 50).flatMap((r) => r.evidence) };
    result.importGraph = await measureImport(`${servers.graphql.url}/graphql`, known);
    log(`${scale}: importGraph of ${result.importGraph.batch}: ${result.importGraph.ms.map((ms) => `${(ms / 1000).toFixed(2)} s`).join(', ')}`);
    onScaleDone({ ...result, wallSeconds: (performance.now() - started) / 1000 });
    for (const contender of CONTENDERS) result.peakRssMb[contender] = servers[contender].memory()?.hwmMb ?? null;
    result.wallSeconds = (performance.now() - started) / 1000;
    return result;
  } finally {
    cleanups.delete(stopAll);
    await stopAll();
  }
}

async function main(): Promise<void> {
  const options = parseOptions();
  const machine = describeMachine();
  const busy = machine.loadAverageAtStart[0] ?? 0;
  const notes = [...options.notes];
  if (busy > cpus().length * 0.25) {
    notes.push(
      `Measured while other work ran on the machine (load average ${busy} on ${cpus().length} cores at the start): absolute numbers are noisy; ` +
        'the targets compare contenders measured in the same run against the same Neo4j.',
    );
  }
  log(`scales ${options.scales.join(', ')}; ${options.connections} connections, ${options.warmupSeconds} s warm-up + ${options.seconds} s per measurement`);
  const run: BenchRun = {
    startedAt: new Date().toISOString(),
    wallSeconds: 0,
    options: { quick: options.quick, scales: options.scales, connections: options.connections, warmupSeconds: options.warmupSeconds, seconds: options.seconds, batchSize: options.batchSize },
    machine,
    versions: describeVersions(null),
    notes,
    scales: [],
  };
  const write = (scales: ScaleResult[]) => {
    const snapshot = { ...run, versions: describeVersions(javaVersion), scales, wallSeconds: (performance.now() - runStarted) / 1000 };
    mkdirSync(dirname(options.json), { recursive: true });
    writeFileSync(options.json, `${JSON.stringify(snapshot, null, 2)}\n`);
    writeFileSync(options.out, renderReport(snapshot));
  };
  for (const scale of options.scales) {
    const done = await runScale(scale, options, (partial) => write([...run.scales, partial]));
    run.scales.push(done);
    write(run.scales);
  }
  run.wallSeconds = (performance.now() - runStarted) / 1000;
  write(run.scales);
  for (const t of evaluateTargets(run)) log(`target ${t.name}: ${t.measured} → ${t.met === null ? 'not measured' : t.met ? 'met' : 'MISSED'}`);
  log(`wrote ${options.out} and ${options.json} in ${(run.wallSeconds / 60).toFixed(1)} min`);
}

// Ctrl-C: stop the servers and Neo4j (and delete its folder) before exiting; the 'exit' handlers
// kill whatever is left if that takes too long.
const interrupt = (code: number) => () => {
  log('interrupted: stopping the servers and Neo4j');
  setTimeout(() => process.exit(code), 30_000).unref();
  void Promise.allSettled([...cleanups].map((c) => c())).then(() => process.exit(code));
};
process.on('SIGINT', interrupt(130));
process.on('SIGTERM', interrupt(143));
await main();

// Renders a benchmark run as BENCHMARKS.md. Also runnable on its own to re-render a saved run:
// `node dist/bench/report.js bench/results/latest.json BENCHMARKS.md`.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT } from '../src/paths.js';
import { QUERIES, QUERY_NAMES } from './queries.js';
import { CONTENDERS, CONTENDER_TITLES, evaluateTargets, LIMITS, type BenchRun, type ScaleResult } from './results.js';

/** Hand-written analysis (profiles, fixes, before/after), appended to the generated report. */
export const FINDINGS_FILE = join(REPO_ROOT, 'bench', 'FINDINGS.md');

const n = (x: number | null | undefined, digits = 1) => (x === null || x === undefined || !Number.isFinite(x) ? 'n/a' : x.toFixed(digits));
const int = (x: number) => Math.round(x).toLocaleString('en');
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function scaleSection(s: ScaleResult): string {
  const lines: string[] = [];
  lines.push(`### ${s.scale}: ${int(s.actors)} actors, ${int(s.relationships)} relationships, ${int(s.articles)} articles`);
  lines.push('');
  const { project, bare } = s.load;
  lines.push(
    `Loading (relationships): project loader ${seconds(project.relationshipsMs)} (${int(project.relationshipsPerSecond)}/s), ` +
      `bare UNWIND CREATE ${seconds(bare.relationshipsMs)} (${int(bare.relationshipsPerSecond)}/s): **${n(project.relationshipsMs / bare.relationshipsMs, 2)}×**. ` +
      `Whole load (articles, actors, relationships): ${seconds(project.totalMs)} vs ${seconds(bare.totalMs)}. ` +
      `Neo4j heap ${s.neo4jMemory.heap}, page cache ${s.neo4jMemory.pageCache}. This scale took ${n(s.wallSeconds / 60)} min.`,
  );
  lines.push('');
  lines.push(`Parameters: ${s.pools}`);
  lines.push('');
  lines.push('| query | contender | p50 ms | p90 ms | p99 ms | req/s | p50 vs floor | CPU ms/req | Neo4j CPU ms/req | KB/answer | max RSS MB | failed |');
  lines.push('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const query of QUERY_NAMES) {
    const byContender = s.results[query];
    for (const contender of CONTENDERS) {
      const m = byContender?.[contender];
      const floor = byContender?.floor;
      const spec = QUERIES[query].peer;
      if (!m) {
        if (contender === 'peer' && 'na' in spec) lines.push(`| ${query} | ${contender} | n/a | | | | | | | | | |`);
        continue;
      }
      if (m.requests === 0) {
        lines.push(`| ${query} | ${contender} | none finished within a ${n(m.seconds / 2)} s round | | | 0 | | | | | ${n(m.rssMb, 0)} | ${m.failures} |`);
        continue;
      }
      const ratio = contender === 'floor' || !floor ? '' : `${n(m.p50 / floor.p50, 2)}×`;
      lines.push(
        `| ${query} | ${contender} | ${n(m.p50, 2)} | ${n(m.p90, 2)} | ${n(m.p99, 2)} | ${int(m.rps)} | ${ratio} | ${n(m.serverCpuMs, 2)} | ${n(m.neo4jCpuMs, 2)} | ${n(m.bytesPerRequest / 1024)} | ${n(m.rssMb, 0)} | ${m.failures} |`,
      );
    }
  }
  lines.push('');
  const peaks = CONTENDERS.map((c) => `${c} ${n(s.peakRssMb[c] ?? null, 0)} MB`).join(', ');
  lines.push(`Peak RSS (VmHWM) over the whole scale: ${peaks}.`);
  lines.push('');
  const checks = QUERY_NAMES.flatMap((q) => {
    const c = s.checks[q];
    return c ? [`${q}: floor ${c.floorIdentical ? 'identical' : '**DIFFERS**'} (${c.checked} parameter sets); peer ${c.peer}`] : [];
  });
  if (checks.length) lines.push(`Answers checked before measuring — ${checks.join('; ')}.`);
  lines.push('');
  return lines.join('\n');
}

/** The cheap query's latency alone and beside the heaviest accepted queries, per scale. */
function isolationSection(run: BenchRun): string[] {
  const rows = run.scales.flatMap((s) => (s.isolation ? [[s, s.isolation] as const] : []));
  if (rows.length === 0) return [];
  const out = ['## Isolation', ''];
  out.push(
    'A cheap query (`actor(id) { id name }`, mid-degree actors, one connection) driven alone, then again while the other connections send the heaviest ' +
      'queries the limits still accept (each refused one is listed: refusing it is part of the isolation). Our server only; the same Neo4j and machine.',
  );
  out.push('');
  out.push('| scale | cheap p50 alone | cheap p99 alone | cheap p50 beside | cheap p99 beside | p99 beside / alone | heavy req/s (connections) | heavy queries driven | refused by the limits |');
  out.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |');
  for (const [s, i] of rows) {
    out.push(
      `| ${s.scale} | ${n(i.alone.p50, 2)} | ${n(i.alone.p99, 2)} | ${n(i.beside.p50, 2)} | ${n(i.beside.p99, 2)} | ${n(i.beside.p99 / i.alone.p99, 2)}× | ` +
        `${int(i.heavy.rps || 0)} (${i.heavyConnections}) | ${i.accepted.join('; ') || 'none'} | ${i.refused.map((r) => `${r.name} (${r.code})`).join('; ') || 'none'} |`,
    );
  }
  out.push('');
  const imports = run.scales.flatMap((s) => (s.importGraph ? [[s.scale, s.importGraph] as const] : []));
  if (imports.length) {
    out.push('## importGraph');
    out.push('');
    out.push(`Batches of ${imports[0]?.[1].batch}, new each time, sent one after another with the default limits (after the measurements above, so into a warm server):`);
    out.push('');
    out.push('| scale | wall time of each batch |');
    out.push('| --- | --- |');
    for (const [scale, i] of imports) out.push(`| ${scale} | ${i.ms.map((ms) => `${n(ms / 1000, 2)} s`).join(', ')} |`);
    out.push('');
  }
  return out;
}

export function renderReport(run: BenchRun): string {
  const targets = evaluateTargets(run);
  const mark = (met: boolean | null) => (met === null ? 'not measured' : met ? 'met' : '**missed**');
  const { machine, versions, options } = run;
  const out: string[] = [];
  out.push('# Benchmarks');
  out.push('');
  out.push(
    `Generated by \`npm run bench${options.quick ? ' -- --quick' : ''}\` (scales ${options.scales.join(', ')}) on ${run.startedAt.slice(0, 10)}; ` +
      `the run took ${n(run.wallSeconds / 60)} min. Raw numbers: [bench/results/latest.json](bench/results/latest.json). ` +
      `Reproduce with \`npm run bench\` (all scales), \`npm run bench -- --quick\` (seed and 10k, short runs) or \`npm run bench -- --scale 1m\`.`,
  );
  out.push('');
  for (const note of run.notes) out.push(`> ${note}`, '');
  out.push('## Targets');
  out.push('');
  out.push('| target | goal | measured | |');
  out.push('| --- | --- | --- | --- |');
  for (const t of targets) out.push(`| ${t.name} | ${t.goal} | ${t.measured} | ${mark(t.met)} |`);
  out.push('');
  out.push('## Machine and versions');
  out.push('');
  out.push(
    `${machine.cpuModel}, ${machine.cores} cores, ${machine.memoryGiB} GiB, ${machine.os}; load average at start ${machine.loadAverageAtStart.join(' / ')}. ` +
      `Node ${versions.node}, Neo4j ${versions.neo4j} Community${versions.java ? ` on Java ${versions.java}` : ''}; ` +
      Object.entries(versions.packages)
        .map(([name, v]) => `${name} ${v}`)
        .join(', ') +
      '.',
  );
  out.push('');
  out.push('## Method');
  out.push('');
  out.push(
    [
      `- **Contenders**, each its own Node process on loopback, all over the same Neo4j, measured one after another: ` +
        CONTENDERS.map((c) => `*${CONTENDER_TITLES[c]}*`).join(', ') +
        '. The GraphQL server runs as `npm start` would (`node dist/src/index.js`, `NODE_ENV=production`, `LOG_LEVEL=warn`, rate limit off). ' +
        'The floor runs the same services (src/graph), so the same Cypher in the same round trips, and answers the same JSON without GraphQL. ' +
        'The peer is the Neo4j GraphQL Library on Apollo Server (type definitions: bench/peer-schema.ts).',
      `- **Load**: autocannon, ${options.connections} connections, ${options.warmupSeconds} s warm-up (not counted) then ${options.seconds} s per query and contender; ` +
        'each request takes the next parameter set of a pool of 32 (below), so no answer repeats back to back. Latency percentiles are exact, from every response.',
      '- **Memory**: VmRSS of the contender sampled every 100 ms while it is driven, and VmHWM (peak RSS) of its process at the end of the scale.',
      `- **Data**: \`seed\` is the curated graph; the others are synthetic (bench/generate.ts): seeded, deterministic, with preferential attachment for a power-law degree skew, ` +
        'actors of every kind with aliases, dated relationships of every type, 1–3 pieces of evidence each citing one of 300 articles.',
      `- **Loading**: first a bare \`UNWIND … CREATE\` loop into the empty database (one index on :Actor(id)), then the database is emptied, the project's schema applied, ` +
        `and the project's loader statements (cypher/loader/) load the same rows; both in transactions of ${int(options.batchSize)} rows, timing the database calls only, ` +
        'each after a warm-up on the seed graph (loaded, then deleted), so that neither pays for planning or JIT in what is timed.',
    ].join('\n'),
  );
  out.push('');
  out.push('Queries (our documents; the peer asks the equivalent over its own schema):');
  out.push('');
  for (const q of QUERY_NAMES) {
    const spec = QUERIES[q];
    const peer = 'na' in spec.peer ? `peer: n/a — ${spec.peer.na}` : spec.peer.note ? `peer: ${spec.peer.note}` : 'peer: equivalent';
    out.push(`- **${q}**: ${spec.title} (${peer}).`);
  }
  out.push('');
  out.push('## Results');
  out.push('');
  out.push(`Latencies in milliseconds at ${options.connections} concurrent connections; "p50 vs floor" is the target ratio (≤ ${LIMITS.p50VsFloor}).`);
  out.push('');
  for (const s of run.scales) out.push(scaleSection(s));
  out.push(...isolationSection(run));
  if (existsSync(FINDINGS_FILE)) {
    out.push(readFileSync(FINDINGS_FILE, 'utf8').trim());
    out.push('');
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [input = join(REPO_ROOT, 'bench', 'results', 'latest.json'), output = join(REPO_ROOT, 'BENCHMARKS.md')] = process.argv.slice(2);
  writeFileSync(output, renderReport(JSON.parse(readFileSync(input, 'utf8')) as BenchRun));
  console.log(`wrote ${output}`);
}

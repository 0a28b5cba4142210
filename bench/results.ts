// The shape of a benchmark run (written as JSON, rendered as BENCHMARKS.md), and the targets it
// is judged by. Targets are ratios between contenders measured in the same run on the same Neo4j,
// so they hold on a noisy machine where absolute numbers do not.
import type { DriveResult } from './drive.js';
import type { IsolationResult } from './isolation.js';
import type { LoadTiming } from './load.js';
import type { Machine, Versions } from './machine.js';
import type { QueryName } from './queries.js';
import type { ScaleName } from './source.js';

export const CONTENDERS = ['graphql', 'floor', 'peer'] as const;
export type Contender = (typeof CONTENDERS)[number];
export const CONTENDER_TITLES: Record<Contender, string> = {
  graphql: 'Sahel Graph (GraphQL)',
  floor: 'floor (same Cypher, bare HTTP)',
  peer: 'peer (@neo4j/graphql)',
};

export interface Measurement extends DriveResult {
  /** Highest VmRSS of the contender's process while this was measured, in MB. */
  rssMb: number | null;
  /** CPU milliseconds per request of the contender's process, and of Neo4j, while measured. */
  serverCpuMs: number | null;
  neo4jCpuMs: number | null;
}

export interface QueryCheck {
  /** The floor's answers are deep-equal to the GraphQL server's for the checked parameters. */
  floorIdentical: boolean;
  /** What was checked of the peer's answers, or why not. */
  peer: string;
  checked: number;
}

export interface ScaleResult {
  scale: ScaleName;
  actors: number;
  relationships: number;
  articles: number;
  neo4jMemory: { heap: string; pageCache: string };
  load: { project: LoadTiming; bare: LoadTiming; wipeMs: number };
  pools: string;
  checks: Partial<Record<QueryName, QueryCheck>>;
  results: Partial<Record<QueryName, Partial<Record<Contender, Measurement>>>>;
  /** Peak RSS (VmHWM) of each contender's process over the whole scale, in MB. */
  peakRssMb: Partial<Record<Contender, number | null>>;
  /** The cheap query alone and beside the heaviest accepted ones (our server only). */
  isolation?: IsolationResult;
  /** Wall times of importGraph batches sent to our server, one after another. */
  importGraph?: { batch: string; ms: number[] };
  wallSeconds: number;
}

export interface RunOptions {
  quick: boolean;
  scales: ScaleName[];
  connections: number;
  warmupSeconds: number;
  seconds: number;
  batchSize: number;
}

export interface BenchRun {
  startedAt: string;
  wallSeconds: number;
  options: RunOptions;
  machine: Machine;
  versions: Versions;
  /** Free-text remarks for the report (e.g. that other work ran on the machine). */
  notes: string[];
  scales: ScaleResult[];
}

export interface Target {
  name: string;
  goal: string;
  /** What was measured, in words and numbers. */
  measured: string;
  /** null when the run did not measure what the target needs. */
  met: boolean | null;
}

export const LIMITS = {
  p50VsFloor: 1.25,
  throughputVsPeer: 1.5,
  graphP99Growth: 2,
  rssMb: 250,
  loadVsBare: 1.5,
} as const;

const fmt = (x: number, digits = 2) => (Number.isFinite(x) ? x.toFixed(digits) : 'n/a');

export function evaluateTargets(run: BenchRun): Target[] {
  const targets: Target[] = [];

  const p50Ratios = run.scales.flatMap((s) =>
    Object.entries(s.results).flatMap(([query, byContender]) => {
      const ours = byContender?.graphql;
      const floor = byContender?.floor;
      return ours && floor ? [{ scale: s.scale, query, ratio: ours.p50 / floor.p50 }] : [];
    }),
  );
  const worstP50 = p50Ratios.reduce<(typeof p50Ratios)[number] | null>((w, r) => (w === null || r.ratio > w.ratio ? r : w), null);
  const missedP50 = p50Ratios.filter((r) => r.ratio > LIMITS.p50VsFloor);
  targets.push({
    name: 'p50 vs the floor',
    goal: `p50 latency within ${LIMITS.p50VsFloor}× the floor's, for every query`,
    measured: worstP50
      ? `worst ${fmt(worstP50.ratio)}× (${worstP50.query} at ${worstP50.scale})` +
        (missedP50.length ? `; over: ${missedP50.map((r) => `${r.query}@${r.scale} ${fmt(r.ratio)}×`).join(', ')}` : '')
      : 'not measured',
    met: worstP50 ? missedP50.length === 0 : null,
  });

  const peerRatios = run.scales.flatMap((s) => {
    const ours = s.results.actor?.graphql;
    const peer = s.results.actor?.peer;
    return ours && peer ? [{ scale: s.scale, ratio: ours.rps / peer.rps }] : [];
  });
  targets.push({
    name: 'throughput vs the peer',
    goal: `requests/s at least ${LIMITS.throughputVsPeer}× @neo4j/graphql's on the nested actor query`,
    measured: peerRatios.length ? peerRatios.map((r) => `${r.scale}: ${fmt(r.ratio)}×`).join(', ') : 'not measured',
    met: peerRatios.length ? peerRatios.every((r) => r.ratio >= LIMITS.throughputVsPeer) : null,
  });

  const graphP99 = (scale: ScaleName) => run.scales.find((s) => s.scale === scale)?.results.graph?.graphql?.p99;
  const seedP99 = graphP99('seed');
  const bigP99 = graphP99('1m');
  targets.push({
    name: '2-hop graph at scale',
    goal: `relationshipGraph p99 at 1M relationships within ${LIMITS.graphP99Growth}× its p99 at seed scale`,
    measured:
      seedP99 !== undefined && bigP99 !== undefined
        ? `${fmt(bigP99)} ms at 1m vs ${fmt(seedP99)} ms at seed: ${fmt(bigP99 / seedP99)}×`
        : 'needs both --scale seed and --scale 1m in one run',
    met: seedP99 !== undefined && bigP99 !== undefined ? bigP99 / seedP99 <= LIMITS.graphP99Growth : null,
  });

  const rss = run.scales.flatMap((s) => (s.peakRssMb.graphql != null ? [{ scale: s.scale, mb: s.peakRssMb.graphql }] : []));
  const maxRss = rss.reduce<(typeof rss)[number] | null>((m, r) => (m === null || r.mb > m.mb ? r : m), null);
  targets.push({
    name: 'server memory',
    goal: `the GraphQL server's peak RSS under load at most ${LIMITS.rssMb} MB`,
    measured: maxRss ? `peak ${fmt(maxRss.mb, 0)} MB (VmHWM, at ${maxRss.scale})` : 'not measured (no /proc)',
    met: maxRss ? maxRss.mb <= LIMITS.rssMb : null,
  });

  const big = run.scales.find((s) => s.scale === '1m');
  targets.push({
    name: 'loading',
    goal: `loading 1M relationships within ${LIMITS.loadVsBare}× a bare UNWIND CREATE loop`,
    measured: big
      ? `${fmt(big.load.project.relationshipsMs / 1000, 1)} s vs ${fmt(big.load.bare.relationshipsMs / 1000, 1)} s: ${fmt(big.load.project.relationshipsMs / big.load.bare.relationshipsMs)}×`
      : 'needs --scale 1m',
    met: big ? big.load.project.relationshipsMs / big.load.bare.relationshipsMs <= LIMITS.loadVsBare : null,
  });
  return targets;
}

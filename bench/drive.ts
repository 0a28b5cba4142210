// Drives one endpoint with autocannon at a fixed concurrency for a bounded time (and a bounded
// number of requests), rotating the request bodies. Latencies are recorded per response with
// sub-millisecond precision (autocannon's own histogram rounds to whole milliseconds, too coarse
// for ratios of single-digit latencies) and summarised here.
import autocannon from 'autocannon';

export interface DriveOptions {
  url: string;
  /** One body per request, used round robin. */
  bodies: string[];
  connections: number;
  seconds: number;
  /** Hard cap on requests, whatever the time. */
  maxRequests: number;
}

/** What one drive observed: every successful response's latency, and the rest. */
export interface Sample {
  latencies: number[];
  seconds: number;
  failures: number;
  bytes: number;
}

export interface DriveResult {
  requests: number;
  seconds: number;
  rps: number;
  p50: number;
  p90: number;
  p99: number;
  mean: number;
  max: number;
  /** Non-2xx answers, connection errors and timeouts. */
  failures: number;
  bytesPerRequest: number;
}

function percentile(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] as number;
}

/** Summarises samples of one contender (several rounds of it) as one result. */
export function summarise(samples: Sample[]): DriveResult {
  const latencies = samples.flatMap((s) => s.latencies);
  const seconds = samples.reduce((sum, s) => sum + s.seconds, 0);
  const sorted = Float64Array.from(latencies).sort();
  const total = latencies.reduce((sum, l) => sum + l, 0);
  return {
    requests: latencies.length,
    seconds,
    rps: latencies.length / seconds,
    p50: percentile(sorted, 0.5),
    p90: percentile(sorted, 0.9),
    p99: percentile(sorted, 0.99),
    mean: total / Math.max(1, latencies.length),
    max: sorted[sorted.length - 1] ?? NaN,
    failures: samples.reduce((sum, s) => sum + s.failures, 0),
    bytesPerRequest: samples.reduce((sum, s) => sum + s.bytes, 0) / Math.max(1, latencies.length),
  };
}

export async function drive(options: DriveOptions): Promise<Sample> {
  const latencies: number[] = [];
  let failures = 0;
  let bytes = 0;
  let next = 0;
  const started = performance.now();
  let finish: (result: autocannon.Result) => void = () => {};
  let fail: (error: Error) => void = () => {};
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  const instance = autocannon(
    {
      url: options.url,
      connections: options.connections,
      pipelining: 1,
      duration: options.seconds,
      maxOverallRequests: options.maxRequests,
      timeout: 30,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      requests: [
        {
          setupRequest: (request) => {
            const body = options.bodies[next % options.bodies.length];
            next += 1;
            return { ...request, body };
          },
        },
      ],
    },
    (error, result) => (error ? fail(error as Error) : finish(result)),
  );
  instance.on('response', (_client, statusCode, resBytes, responseTime) => {
    if (statusCode >= 200 && statusCode < 300) {
      latencies.push(responseTime);
      bytes += resBytes;
    } else {
      failures += 1; // connection errors and timeouts are counted by autocannon (below)
    }
  });
  const result = await done;
  return {
    latencies,
    seconds: (performance.now() - started) / 1000,
    failures: failures + result.timeouts + result.errors,
    bytes,
  };
}

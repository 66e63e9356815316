import autocannon from 'autocannon';
import { Operation, Workload } from './workloads';
import { round } from './process-stats';

export interface RoundResult {
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  requests: number;
  errors: number;
}

export interface Figures {
  rounds: RoundResult[];
  /** Medians over rounds. */
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  /** Spread of throughput over rounds: (max - min) / median, in percent. */
  rpsSpreadPct: number;
  rpsMin: number;
  rpsMax: number;
  errors: number;
}

export const median = (values: number[]): number => {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

export const percentile = (sorted: number[], p: number): number =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN;

/** A small seeded generator (mulberry32): every gateway is driven by the same sequence of draws. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type AutocannonRequest = { method: 'POST'; headers?: Record<string, string>; body?: string };

/**
 * What autocannon sends: best case, every connection cycles the same operations; distinct, every
 * request is drawn at random from the pool (setupRequest runs before each request is sent).
 */
function requestsFor(operations: Operation[], traffic: Workload['traffic']): unknown[] {
  if (traffic === 'best case') return operations.map((op) => ({ method: 'POST', headers: op.headers, body: op.body }));
  const random = seededRandom(operations.length);
  return [
    {
      method: 'POST',
      setupRequest: (req: AutocannonRequest): AutocannonRequest => {
        const op = operations[Math.floor(random() * operations.length)];
        return { ...req, method: 'POST', headers: op.headers, body: op.body };
      },
    },
  ];
}

/** One autocannon run; latencies are recorded per response so p95 is exact (autocannon itself reports p97.5). */
export async function loadRound(
  url: string,
  operations: Operation[],
  connections: number,
  seconds: number,
  overallRate?: number,
  traffic: Workload['traffic'] = 'best case',
): Promise<RoundResult> {
  const latencies: number[] = [];
  let graphqlErrors = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections,
        duration: seconds,
        pipelining: 1,
        overallRate,
        requests: requestsFor(operations, traffic) as autocannon.Request[],
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
      latencies.push(responseTime);
      if (statusCode !== 200) graphqlErrors += 1;
    });
  });
  latencies.sort((a, b) => a - b);
  return {
    rps: round(result.requests.total / seconds, 1),
    p50: round(percentile(latencies, 50), 2),
    p95: round(percentile(latencies, 95), 2),
    p99: round(percentile(latencies, 99), 2),
    requests: result.requests.total,
    errors: result.errors + result.timeouts + graphqlErrors,
  };
}

export function summarise(rounds: RoundResult[]): Figures {
  const rps = median(rounds.map((r) => r.rps));
  const rpsMin = Math.min(...rounds.map((r) => r.rps));
  const rpsMax = Math.max(...rounds.map((r) => r.rps));
  return {
    rounds,
    rps: round(rps, 1),
    rpsMin,
    rpsMax,
    rpsSpreadPct: round(rps ? ((rpsMax - rpsMin) / rps) * 100 : 0, 1),
    p50: round(median(rounds.map((r) => r.p50)), 2),
    p95: round(median(rounds.map((r) => r.p95)), 2),
    p99: round(median(rounds.map((r) => r.p99)), 2),
    errors: rounds.reduce((sum, r) => sum + r.errors, 0),
  };
}

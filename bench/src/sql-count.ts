import { Operation } from './workloads';
import { setTimeout as sleep } from 'node:timers/promises';

/** voicegraph_sql_statements_total of one subgraph (its GET /metrics), summed over its series (one per schema). */
export async function sqlStatements(baseUrl: string): Promise<number> {
  return sumOfSeries(await (await fetch(`${baseUrl}/metrics`)).text(), 'voicegraph_sql_statements_total', baseUrl);
}

/** The sum of every series of one metric in a Prometheus text exposition. */
export function sumOfSeries(text: string, metric: string, where = 'the exposition'): number {
  const series = [...text.matchAll(new RegExp(`^${metric}(?:\\{[^}]*\\})? ([0-9.e+-]+)$`, 'gm'))];
  if (series.length === 0) throw new Error(`${where}/metrics has no ${metric} (is the platform built?)`);
  return series.reduce((sum, match) => sum + Number(match[1]), 0);
}

export async function send(url: string, op: Operation): Promise<{ data?: unknown; errors?: { message: string }[] }> {
  const response = await fetch(url, { method: 'POST', headers: op.headers, body: op.body });
  return (await response.json()) as { data?: unknown; errors?: { message: string }[] };
}

/**
 * SQL statements per request, per subgraph and in total: the counters before and after
 * `requests` sequential requests, less the background rate measured over an idle second before.
 */
export async function statementsPerRequest(
  gatewayUrl: string,
  subgraphs: { name: string; url: string }[],
  op: Operation,
  requests = 20,
): Promise<{ total: number; bySubgraph: Record<string, number> }> {
  await send(gatewayUrl, op); // warm caches (plans, prepared shapes) first
  // Background statements (relay polls, consumers catching up) over an idle second, subtracted pro rata.
  const idleStart = await Promise.all(subgraphs.map((s) => sqlStatements(s.url)));
  await sleep(1000);
  const idleRate = (await Promise.all(subgraphs.map((s) => sqlStatements(s.url)))).map(
    (n, i) => (n - idleStart[i]) / 1000,
  );
  const started = Date.now();
  const before = await Promise.all(subgraphs.map((s) => sqlStatements(s.url)));
  for (let i = 0; i < requests; i += 1) {
    const body = await send(gatewayUrl, op);
    if (body.errors?.length) throw new Error(`errors while counting SQL: ${JSON.stringify(body.errors).slice(0, 300)}`);
  }
  const after = await Promise.all(subgraphs.map((s) => sqlStatements(s.url)));
  const elapsed = Date.now() - started;
  const bySubgraph = Object.fromEntries(
    subgraphs.map((s, i) => [
      s.name,
      Number((Math.max(0, after[i] - before[i] - idleRate[i] * elapsed) / requests).toFixed(2)),
    ]),
  );
  return {
    total: Number(
      Object.values(bySubgraph)
        .reduce((a, b) => a + b, 0)
        .toFixed(2),
    ),
    bySubgraph,
  };
}

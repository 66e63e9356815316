import { ServiceName } from '@voicegraph/platform';

export type SubgraphState = 'ok' | 'not ready' | 'unreachable';

export interface GatewayReadiness {
  ready: boolean;
  details: { subgraphs: Record<string, SubgraphState>; unreachable?: string[] };
}

/** How long one probe waits for a subgraph's /ready, and how long a result is reused. */
const PROBE_TIMEOUT_MS = 2000;
const REUSE_MS = 1000;

/** The subgraph's readiness address: its GraphQL URL with /ready as the path. */
export const readyUrlOf = (graphqlUrl: string): string => new URL('/ready', graphqlUrl).toString();

/**
 * Pure: ready while at least one subgraph answers ready (each request plan only fails in the
 * subgraphs it needs, so a single subgraph down must not take every gateway replica out of its
 * Service); the subgraphs that do not are named, and nothing else about them is said.
 */
export function judgeReadiness(states: Record<string, SubgraphState>): GatewayReadiness {
  const unreachable = Object.entries(states)
    .filter(([, state]) => state !== 'ok')
    .map(([name]) => name);
  const ready = unreachable.length < Object.keys(states).length;
  return { ready, details: { subgraphs: states, ...(unreachable.length ? { unreachable } : {}) } };
}

async function probe(url: string): Promise<SubgraphState> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(PROBE_TIMEOUT_MS) });
    await response.arrayBuffer().catch(() => undefined);
    return response.ok ? 'ok' : 'not ready';
  } catch {
    return 'unreachable';
  }
}

/**
 * Asks every subgraph's /ready in parallel; concurrent and back-to-back checks within REUSE_MS
 * share one round of probes, so /ready cannot be used to multiply load on the subgraphs.
 */
export function subgraphReadiness(subgraphUrls: Record<ServiceName, string>): () => Promise<GatewayReadiness> {
  let last: { at: number; result: Promise<GatewayReadiness> } | undefined;
  return () => {
    if (last && Date.now() - last.at < REUSE_MS) return last.result;
    const result = Promise.all(
      Object.entries(subgraphUrls).map(async ([name, url]) => [name, await probe(readyUrlOf(url))] as const),
    ).then((entries) => judgeReadiness(Object.fromEntries(entries)));
    last = { at: Date.now(), result };
    return result;
  };
}

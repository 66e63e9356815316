import { inSpan, SpanKind, traceHeaders } from '@voicegraph/platform';
import type { Fetcher } from '@apollo/utils.fetcher';

/**
 * One client span per subgraph call, its W3C `traceparent` sent along so that the subgraph's
 * server span (and the events it emits) continue the gateway's trace. With tracing off the
 * span is a no-op and no header is added.
 */
export function traced(subgraph: string, fetcher: Fetcher): Fetcher {
  return (url, init = {}) =>
    inSpan(
      'gateway',
      `subgraph ${subgraph}`,
      {
        kind: SpanKind.CLIENT,
        attributes: { 'voicegraph.subgraph': subgraph, 'http.request.method': init.method ?? 'GET' },
      },
      () => fetcher(url, { ...init, headers: { ...(init.headers ?? {}), ...traceHeaders() } }),
    );
}

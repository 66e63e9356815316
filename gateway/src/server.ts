import { readFileSync } from 'node:fs';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import {
  createErrorFormatter,
  disableApolloTelemetry,
  edgeServerOptions,
  Logger,
  requestMetricsPlugin,
  ServiceName,
  subgraphRequestDuration,
} from '@voicegraph/platform';
import type { Fetcher } from '@apollo/utils.fetcher';
import { GatewayConfig } from './config';
import { createSubgraphFetcher } from './subgraph-fetcher';
import { GatewayContext, SubgraphDataSource } from './subgraph-data-source';
import { traced } from './traced-fetcher';

export type { GatewayContext } from './subgraph-data-source';

/** Builds the gateway from the committed supergraph. No side effects until `start()`. */
export function buildGateway(config: GatewayConfig, logger: Logger): ApolloServer<GatewayContext> {
  // One keep-alive fetcher shared by the four data sources (see subgraph-fetcher.ts).
  const fetcher = createSubgraphFetcher({
    connections: config.subgraphConnections,
    timeoutMs: config.subgraphTimeoutMs,
    deduplicateQueries: config.deduplicateQueries,
  });
  disableApolloTelemetry();
  const gateway = new ApolloGateway({
    supergraphSdl: readFileSync(config.supergraphPath, 'utf8'),
    buildService: ({ name, url }) =>
      new SubgraphDataSource(
        name,
        config.subgraphUrls[name as ServiceName] ?? url!,
        timed(name, traced(name, fetcher)),
        logger,
      ),
    logger,
    experimental_approximateQueryPlanStoreMiB: config.queryPlanCacheMiB,
  });
  const edge = edgeServerOptions<GatewayContext>(config.edge);
  return new ApolloServer<GatewayContext>({
    gateway,
    formatError: createErrorFormatter(logger),
    includeStacktraceInErrorResponses: false,
    // Our bootstrap owns shutdown (drain relay and consumers); Apollo must not re-raise the signal.
    stopOnTerminationSignals: false,
    ...edge,
    // No @cacheControl hints anywhere: the plugin only wrapped every field resolver to compute
    // "no-store", which createHttpServer now sets itself.
    plugins: [
      ...edge.plugins,
      ApolloServerPluginCacheControlDisabled(),
      requestMetricsPlugin<GatewayContext>('gateway'),
      {
        async serverWillStart() {
          return {
            async serverWillStop() {
              fetcher.destroy();
            },
          };
        },
      },
    ],
  });
}

/** Observes each subgraph call in voicegraph_gateway_subgraph_request_duration_seconds. */
function timed(subgraph: string, fetcher: Fetcher): Fetcher {
  return async (url, init) => {
    const end = subgraphRequestDuration.startTimer({ subgraph });
    try {
      const response = await fetcher(url, init);
      end({ outcome: response.ok ? 'ok' : 'http_error' });
      return response;
    } catch (error) {
      end({ outcome: 'failed' });
      throw error;
    }
  };
}

import { readFileSync } from 'node:fs';
import { ApolloGateway, GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import {
  Actor,
  createErrorFormatter,
  depthLimit,
  Logger,
  requestMetricsPlugin,
  ServiceName,
  subgraphRequestDuration,
} from '@voicegraph/platform';
import type { Fetcher } from '@apollo/utils.fetcher';
import { GatewayConfig } from './config';
import { createSubgraphFetcher } from './subgraph-fetcher';
import { traced } from './traced-fetcher';

/** The gateway's per-request context: the verified caller and the header to forward. */
export interface GatewayContext {
  actor: Actor | null;
  authorization?: string;
  requestId: string;
}

/** Forwards the caller's own Authorization header; each subgraph verifies it again. */
class AuthForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const ctx = context as Partial<GatewayContext>;
    if (ctx.authorization) request.http?.headers.set('authorization', ctx.authorization);
    if (ctx.requestId) request.http?.headers.set('x-request-id', ctx.requestId);
  }
}

/** Builds the gateway from the committed supergraph. No side effects until `start()`. */
export function buildGateway(config: GatewayConfig, logger: Logger): ApolloServer<GatewayContext> {
  // One keep-alive fetcher shared by the four data sources (see subgraph-fetcher.ts).
  const fetcher = createSubgraphFetcher({
    connections: config.subgraphConnections,
    timeoutMs: config.subgraphTimeoutMs,
    deduplicateQueries: config.deduplicateQueries,
  });
  const gateway = new ApolloGateway({
    supergraphSdl: readFileSync(config.supergraphPath, 'utf8'),
    buildService: ({ name, url }) =>
      new AuthForwardingDataSource({
        url: config.subgraphUrls[name as ServiceName] ?? url,
        fetcher: timed(name, traced(name, fetcher)),
      }),
    logger,
    experimental_approximateQueryPlanStoreMiB: config.queryPlanCacheMiB,
  });
  return new ApolloServer<GatewayContext>({
    gateway,
    formatError: createErrorFormatter(logger),
    includeStacktraceInErrorResponses: false,
    // Our bootstrap owns shutdown (drain relay and consumers); Apollo must not re-raise the signal.
    stopOnTerminationSignals: false,
    validationRules: [depthLimit(config.maxDepth)],
    // No @cacheControl hints anywhere: the plugin only wrapped every field resolver to compute
    // "no-store", which createHttpServer now sets itself.
    plugins: [
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

import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
} from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { DocumentNode, GraphQLScalarType, Kind } from 'graphql';
import { guardRootFields } from '../auth/claims-check';
import { DateScalar, DateTimeScalar } from '../graphql/scalars';
import { EdgeConfig, readEdgeConfig, SUBGRAPH_EDGE_DEFAULTS } from '../config/edge-config';
import { EnvReader } from '../config/env';
import { Logger } from '../logging/logger';
import { requestMetricsPlugin } from '../metrics/request-metrics-plugin';
import { idempotencyPlugin } from '../idempotency/idempotency-plugin';
import { RequestContext } from './context';
import { createErrorFormatter } from './format-error';
import { edgeServerOptions } from './edge-options';
import { ServiceDefinition } from './service-definition';

const SHARED_SCALARS: GraphQLScalarType[] = [DateTimeScalar, DateScalar];

/** The edge settings from the environment, validated (for callers without a ServiceConfig). */
function edgeFromEnvironment(): EdgeConfig {
  const reader = new EnvReader(process.env);
  const edge = readEdgeConfig(reader, process.env, SUBGRAPH_EDGE_DEFAULTS);
  reader.done();
  return edge;
}

/** Builds the subgraph schema and Apollo server. No side effects: nothing listens, nothing connects. */
export function buildSubgraphServer(
  definition: ServiceDefinition,
  logger: Logger,
  edge: EdgeConfig = edgeFromEnvironment(),
): ApolloServer<RequestContext> {
  const edgeOptions = edgeServerOptions<RequestContext>(edge, (context) => context.actor);
  const schema = buildSubgraphSchema([
    { typeDefs: definition.typeDefs, resolvers: withScalars(definition.typeDefs, definition.resolvers) },
  ]);
  guardRootFields(schema, definition.claims);
  return new ApolloServer<RequestContext>({
    schema,
    formatError: createErrorFormatter(logger),
    includeStacktraceInErrorResponses: false,
    // Our bootstrap owns shutdown (drain relay and consumers); Apollo must not re-raise the signal.
    stopOnTerminationSignals: false,
    ...edgeOptions,
    plugins: [
      ...edgeOptions.plugins,
      ApolloServerPluginInlineTraceDisabled(),
      // No @cacheControl hints in any subgraph; createHttpServer sets `cache-control: no-store`.
      ApolloServerPluginCacheControlDisabled(),
      requestMetricsPlugin<RequestContext>(definition.name),
      idempotencyPlugin(),
      {
        async requestDidStart() {
          return {
            async willSendResponse({ contextValue }) {
              await contextValue.audit.flush(contextValue.dataSource);
            },
          };
        },
      },
    ],
  });
}

function withScalars(typeDefs: DocumentNode, resolvers: object): GraphQLResolverMap<RequestContext> {
  const declared = new Set(
    typeDefs.definitions
      .filter((d) => d.kind === Kind.SCALAR_TYPE_DEFINITION)
      .map((d) => (d as { name: { value: string } }).name.value),
  );
  const scalars = Object.fromEntries(SHARED_SCALARS.filter((s) => declared.has(s.name)).map((s) => [s.name, s]));
  return { ...scalars, ...resolvers } as GraphQLResolverMap<RequestContext>;
}

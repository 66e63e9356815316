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
import { depthLimit } from '../graphql/query-limits';
import { Logger } from '../logging/logger';
import { requestMetricsPlugin } from '../metrics/request-metrics-plugin';
import { RequestContext } from './context';
import { createErrorFormatter } from './format-error';
import { ServiceDefinition } from './service-definition';

const SHARED_SCALARS: GraphQLScalarType[] = [DateTimeScalar, DateScalar];

/** Builds the subgraph schema and Apollo server. No side effects: nothing listens, nothing connects. */
export function buildSubgraphServer(definition: ServiceDefinition, logger: Logger): ApolloServer<RequestContext> {
  const schema = buildSubgraphSchema([
    { typeDefs: definition.typeDefs, resolvers: withScalars(definition.typeDefs, definition.resolvers) },
  ]);
  if (definition.membership) guardRootFields(schema, definition.membership);
  return new ApolloServer<RequestContext>({
    schema,
    formatError: createErrorFormatter(logger),
    includeStacktraceInErrorResponses: false,
    // Our bootstrap owns shutdown (drain relay and consumers); Apollo must not re-raise the signal.
    stopOnTerminationSignals: false,
    validationRules: [depthLimit(20)],
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      // No @cacheControl hints in any subgraph; createHttpServer sets `cache-control: no-store`.
      ApolloServerPluginCacheControlDisabled(),
      requestMetricsPlugin<RequestContext>(definition.name),
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

function withScalars(
  typeDefs: DocumentNode,
  resolvers: GraphQLResolverMap<RequestContext>,
): GraphQLResolverMap<RequestContext> {
  const declared = new Set(
    typeDefs.definitions
      .filter((d) => d.kind === Kind.SCALAR_TYPE_DEFINITION)
      .map((d) => (d as { name: { value: string } }).name.value),
  );
  const scalars = Object.fromEntries(SHARED_SCALARS.filter((s) => declared.has(s.name)).map((s) => [s.name, s]));
  return { ...scalars, ...resolvers } as GraphQLResolverMap<RequestContext>;
}

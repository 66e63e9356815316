import type { ApolloServerOptionsWithSchema, ApolloServerPlugin, BaseContext } from '@apollo/server';
import {
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { EdgeConfig } from '../config/edge-config';
import { queryLimitRules } from '../graphql/query-limits';
import { Actor } from '../auth/actor';
import { requestGuardsPlugin } from '../graphql/request-guards';

type EdgeOptions<C extends BaseContext> = Pick<
  ApolloServerOptionsWithSchema<C>,
  | 'validationRules'
  | 'parseOptions'
  | 'maxRecursiveSelections'
  | 'introspection'
  | 'hideSchemaDetailsFromClientErrors'
  | 'allowBatchedHttpRequests'
  | 'csrfPrevention'
> & { plugins: ApolloServerPlugin<C>[] };

/**
 * The Apollo options every GraphQL server of the graph shares (gateway and subgraphs): the
 * query limits, the parser's token limit, Apollo's recursive-selection limit, introspection and
 * "Did you mean …" suggestions off in production, no landing page (Apollo's loads its explorer
 * from a CDN), and Apollo's usage and schema reporting off whatever the environment says: the
 * graph makes no outbound call it was not configured to make.
 */
export function edgeServerOptions<C extends BaseContext>(
  edge: EdgeConfig,
  actorOf?: (context: C) => Actor | null,
): EdgeOptions<C> {
  return {
    validationRules: queryLimitRules(edge.limits),
    parseOptions: { maxTokens: edge.limits.maxTokens },
    maxRecursiveSelections: edge.limits.maxRecursiveSelections,
    introspection: edge.surface.introspection,
    hideSchemaDetailsFromClientErrors: edge.surface.production,
    allowBatchedHttpRequests: edge.http.maxBatch > 1,
    // Apollo's default: a request a browser could send without a preflight is refused.
    csrfPrevention: true,
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
      requestGuardsPlugin<C>({ maxFirst: edge.limits.maxFirst, actorOf }),
    ],
  };
}

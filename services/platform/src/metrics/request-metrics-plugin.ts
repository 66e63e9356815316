import { trace } from '@opentelemetry/api';
import { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { operationLabel } from './bounded-label';
import { graphqlRequestDuration } from './registry';

/**
 * Observes every GraphQL request's duration in voicegraph_graphql_request_duration_seconds,
 * labelled by server, operation name (bounded), operation type and outcome (`ok`, or `error`
 * when the response carries any error).
 */
export function requestMetricsPlugin<C extends BaseContext>(service: string): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      const end = graphqlRequestDuration.startTimer({ service });
      return {
        async willSendResponse({ response, operation, operationName }) {
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          const label = operationLabel(operationName);
          // The request's server span (tracing/) gets the same bounded name.
          trace.getActiveSpan()?.setAttribute('graphql.operation.name', label);
          end({
            operation: label,
            type: operation?.operation ?? 'unknown',
            outcome: errors?.length ? 'error' : 'ok',
          });
        },
      };
    },
  };
}

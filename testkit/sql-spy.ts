import { ApolloServer } from '@apollo/server';
import { AsyncLocalStorage } from 'node:async_hooks';
import { RunningService } from '@voicegraph/platform';

/**
 * Records the SQL a running service sends on behalf of the GraphQL requests made while `during`
 * runs (to prove DataLoader batching), and nothing else. Every request passes through
 * ApolloServer's executeHTTPGraphQLRequest; while `during` runs, that call carries a marker in its
 * async context (data loaders and everything else the request awaits inherit it). The service's
 * consumers applying events and its relay polling the outbox run outside any request, so their
 * statements cannot add to a count, however busy they are at that moment.
 */
export async function queriesDuring(service: RunningService, during: () => Promise<unknown>): Promise<string[]> {
  const inRequest = new AsyncLocalStorage<true>();
  const prototype = ApolloServer.prototype;
  const execute = Object.getOwnPropertyDescriptor(prototype, 'executeHTTPGraphQLRequest')!;
  const run = execute.value as ApolloServer['executeHTTPGraphQLRequest'];
  Object.defineProperty(prototype, 'executeHTTPGraphQLRequest', {
    ...execute,
    value: function (this: ApolloServer, ...args: Parameters<ApolloServer['executeHTTPGraphQLRequest']>) {
      return inRequest.run(true, () => run.apply(this, args));
    },
  });
  const logger = service.dataSource.logger;
  const original = logger.logQuery.bind(logger);
  const seen: string[] = [];
  logger.logQuery = (query, parameters, runner) => {
    if (inRequest.getStore()) seen.push(query);
    return original(query, parameters, runner);
  };
  try {
    await during();
  } finally {
    logger.logQuery = original;
    Object.defineProperty(prototype, 'executeHTTPGraphQLRequest', execute);
  }
  return seen;
}

import { GraphQLFormattedError } from 'graphql';
import { randomUUID } from 'node:crypto';
import { DATABASE_TROUBLE_MESSAGE, databaseTrouble } from '../errors/database-unavailable';
import { Logger } from '../logging/logger';

const CLIENT_CODES = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
  // The gateway: a part of the graph did not answer; a caller sent too much too fast.
  'SERVICE_UNAVAILABLE',
  'RATE_LIMITED',
]);

/**
 * Passes our domain errors through; says "try again" for a database that could not answer; hides
 * everything else behind an id that is in the logs.
 */
export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && CLIENT_CODES.has(code)) {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    // A subgraph's own masked error, relayed by the gateway: already safe, and its errorId is in that subgraph's log.
    if (
      code === 'INTERNAL_SERVER_ERROR' &&
      typeof formatted.extensions?.errorId === 'string' &&
      typeof formatted.extensions?.serviceName === 'string'
    )
      return {
        message: formatted.message,
        path: formatted.path,
        locations: formatted.locations,
        extensions: { code, errorId: formatted.extensions.errorId, serviceName: formatted.extensions.serviceName },
      };
    const errorId = randomUUID();
    // The database at capacity, restarting, or a statement over its time limit: say so, and to try
    // again (SERVICE_UNAVAILABLE, which the gateway passes on), logged as a warning with its id.
    const trouble = databaseTrouble(error);
    if (trouble) {
      logger.warn({ errorId, err: error, path: formatted.path, trouble }, 'database could not answer');
      return {
        message: DATABASE_TROUBLE_MESSAGE[trouble],
        path: formatted.path,
        locations: formatted.locations,
        extensions: { code: 'SERVICE_UNAVAILABLE', errorId },
      };
    }
    logger.error({ errorId, err: error, path: formatted.path }, 'unexpected error while resolving');
    return {
      message: `Something went wrong on our side. Quote error id ${errorId} if it keeps happening.`,
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: 'INTERNAL_SERVER_ERROR', errorId },
    };
  };
}

/**
 * Database failures a caller can do nothing about but wait: Postgres at its connection limit,
 * starting or shutting down, unreachable, or the pool waiting too long for a free connection; and
 * a statement stopped by statement_timeout. Why they are told apart from other unexpected errors:
 * "something went wrong on our side" says neither to try again nor to ask for less, and the
 * engineer on call wants them counted as capacity, not as bugs. Nothing about the database (its
 * host, role or the statement) is in the message.
 */
export type DatabaseTrouble = 'unavailable' | 'too-slow';

/** SQLSTATEs that mean "not now": connection limits, start-up and shutdown, lost connections. */
const UNAVAILABLE_STATES = new Set(['53300', '53400', '57P01', '57P02', '57P03', '08000', '08001', '08003', '08006']);
/** query_canceled: statement_timeout (the only cancel the services issue). */
const TOO_SLOW_STATE = '57014';
/** What node-postgres' pool and sockets say when no connection can be had. */
const UNAVAILABLE_MESSAGES = [/timeout exceeded when trying to connect/i, /Connection terminated/i];
const UNAVAILABLE_NET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE']);

/** The database trouble behind `error` (following `originalError` and `cause`), if any. */
export function databaseTrouble(error: unknown): DatabaseTrouble | null {
  for (let current = error, depth = 0; current && typeof current === 'object' && depth < 8; depth += 1) {
    const { code, message } = current as { code?: unknown; message?: unknown };
    if (code === TOO_SLOW_STATE) return 'too-slow';
    if (typeof code === 'string' && (UNAVAILABLE_STATES.has(code) || UNAVAILABLE_NET_CODES.has(code)))
      return 'unavailable';
    if (typeof message === 'string' && UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(message)))
      return 'unavailable';
    const next = current as { originalError?: unknown; cause?: unknown; driverError?: unknown };
    current = next.originalError ?? next.driverError ?? next.cause;
  }
  return null;
}

/** What the caller is told, in words they can act on. */
export const DATABASE_TROUBLE_MESSAGE: Record<DatabaseTrouble, string> = {
  unavailable: 'This part of the service is busy or restarting and could not answer just now. Try again in a minute.',
  'too-slow':
    'This took too long and was stopped. Try again; if it keeps happening, ask for less (a shorter period or a smaller page).',
};

import { GraphQLError } from 'graphql';

/** The only error codes a client ever sees (DESIGN.md, "The graph contract"). */
export type ErrorCode = 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT';

const HTTP_STATUS: Partial<Record<ErrorCode, number>> = { UNAUTHENTICATED: 401 };

export function domainError(code: ErrorCode, message: string, details?: Record<string, unknown>): GraphQLError {
  const http = HTTP_STATUS[code];
  return new GraphQLError(message, {
    extensions: { code, ...(details ?? {}), ...(http ? { http: { status: http } } : {}) },
  });
}

export const badUserInput = (message: string, field?: string): GraphQLError =>
  domainError('BAD_USER_INPUT', message, field ? { field } : undefined);
export const notFound = (what: string, id: string): GraphQLError =>
  domainError('NOT_FOUND', `No ${what} with id ${id} exists, or you may not see it.`, { id });
export const forbidden = (message: string): GraphQLError => domainError('FORBIDDEN', message);
export const unauthenticated = (message = 'Sign in: this operation needs a valid bearer token.'): GraphQLError =>
  domainError('UNAUTHENTICATED', message);
export const conflict = (message: string): GraphQLError => domainError('CONFLICT', message);

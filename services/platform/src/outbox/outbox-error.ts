/** Why the outbox refused or failed: a closed set, so callers can switch on it. */
export type OutboxErrorCode =
  'NOT_IN_TRANSACTION' | 'UNKNOWN_EVENT_TYPE' | 'INVALID_EVENT' | 'PUBLISH_FAILED' | 'RELAY_STOPPED';

export class OutboxError extends Error {
  constructor(
    readonly code: OutboxErrorCode,
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'OutboxError';
  }
}

/** One row of `<schema>.outbox`, as the relay reads it. */
export interface OutboxRow {
  id: string;
  topic: string;
  key: string;
  /** The CloudEvent envelope as JSON text, sent as it is (never parsed and serialised again on the way). */
  envelope: string;
  /** The envelope's `type` and `id`, for the message headers. */
  type: string;
  eventId: string;
  /** The envelope's W3C trace context (CloudEvents distributed tracing), when it was written in a traced request. */
  traceparent?: string | null;
  tracestate?: string | null;
}

/** Schema names come from our own service definitions, never from input; still, quote them. */
export const qualified = (schema: string, table: string): string => `"${schema.replace(/"/g, '')}"."${table}"`;

export const notifyChannel = (schema: string): string => `${schema}_outbox`;

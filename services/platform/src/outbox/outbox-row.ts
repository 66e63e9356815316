import { CloudEvent } from '../events/envelope';

/** One row of `<schema>.outbox`. */
export interface OutboxRow {
  id: string;
  topic: string;
  key: string;
  envelope: CloudEvent;
}

/** Schema names come from our own service definitions, never from input; still, quote them. */
export const qualified = (schema: string, table: string): string => `"${schema.replace(/"/g, '')}"."${table}"`;

export const notifyChannel = (schema: string): string => `${schema}_outbox`;

import { EntityManager } from 'typeorm';
import { buildEnvelope, CloudEvent, EventDefinition, topicOf } from '../events/envelope';
import { eventSchemas } from '../events/schema-registry';
import { traceHeaders } from '../tracing/spans';
import { OutboxError } from './outbox-error';
import { qualified } from './outbox-row';

/**
 * Writes an event to the outbox in the caller's transaction, so the state change and its
 * event commit or roll back together. There is deliberately no way to enqueue outside one.
 */
export async function enqueueEvent<T>(
  tx: EntityManager,
  def: EventDefinition<T>,
  subject: string,
  data: T,
): Promise<CloudEvent<T>> {
  if (!tx.queryRunner?.isTransactionActive) {
    throw new OutboxError(
      'NOT_IN_TRANSACTION',
      `Event ${def.name} must be enqueued inside the transaction that makes the change.`,
    );
  }
  // The request's trace context travels in the row and the event, so the consumer continues it.
  const envelope: CloudEvent<T> = { ...buildEnvelope(def, subject, data), ...traceHeaders() };
  const registry = eventSchemas();
  if (!registry.has(envelope.type)) {
    throw new OutboxError('UNKNOWN_EVENT_TYPE', `No JSON Schema for ${envelope.type} under ${registry.dir}.`);
  }
  const result = registry.validate(envelope);
  if (!result.valid) {
    throw new OutboxError(
      'INVALID_EVENT',
      `Event ${envelope.type} does not match its schema: ${result.errors.join('; ')}`,
    );
  }
  const schema = schemaOf(tx);
  await tx.query(
    `INSERT INTO ${qualified(schema, 'outbox')} (event_id, topic, key, event_type, envelope) VALUES ($1, $2, $3, $4, $5)`,
    [envelope.id, topicOf(def), subject, envelope.type, JSON.stringify(envelope)],
  );
  return envelope;
}

export function schemaOf(tx: EntityManager): string {
  const schema = (tx.connection.options as { schema?: string }).schema;
  if (!schema) throw new Error('The data source has no schema: every VoiceGraph service owns one.');
  return schema;
}

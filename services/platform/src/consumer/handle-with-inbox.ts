import { DataSource, EntityManager } from 'typeorm';
import { CloudEvent } from '../events/envelope';
import { qualified } from '../outbox/outbox-row';

/** Applies one consumed event inside the inbox transaction `tx`; pair it with its event using `on`. */
export type EventHandler<T = unknown> = (event: CloudEvent<T>, tx: EntityManager) => Promise<void>;
export type InboxOutcome = 'applied' | 'duplicate';

/**
 * Applies one event exactly once: the event id goes into the inbox in the same transaction
 * as the handler's effect, so a redelivered event finds its id and changes nothing.
 */
export async function handleWithInbox(
  dataSource: DataSource,
  schema: string,
  event: CloudEvent,
  handler: EventHandler,
): Promise<InboxOutcome> {
  return dataSource.transaction(async (tx) => {
    const inserted: unknown[] = await tx.query(
      `INSERT INTO ${qualified(schema, 'inbox')} (event_id, event_type, source) VALUES ($1, $2, $3)
       ON CONFLICT (event_id) DO NOTHING RETURNING event_id`,
      [event.id, event.type, event.source],
    );
    if (inserted.length === 0) return 'duplicate';
    await handler(event, tx);
    return 'applied';
  });
}

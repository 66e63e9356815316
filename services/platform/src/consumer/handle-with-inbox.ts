import { DataSource, EntityManager } from 'typeorm';
import { CloudEvent, eventType } from '../events/envelope';
import { PeopleEvents, PersonErased } from '../events/catalogue/people';
import { qualified } from '../outbox/outbox-row';
import { erasedAmong, lockPeopleForErasure, recordErasureTombstone } from '../privacy/erasure-tombstone';
import { personRefsOf } from '../privacy/person-refs';

/** Applies one consumed event inside the inbox transaction `tx`; pair it with its event using `on`. */
export type EventHandler<T = unknown> = (event: CloudEvent<T>, tx: EntityManager) => Promise<void>;
/** `erased`: the event names an erased person, so it was recorded as handled but not applied. */
export type InboxOutcome = 'applied' | 'duplicate' | 'erased';

const PERSON_ERASED = eventType(PeopleEvents.PersonErased);

/**
 * Applies one event exactly once: the event id goes into the inbox in the same transaction
 * as the handler's effect, so a redelivered event finds its id and changes nothing.
 *
 * Erasure is enforced here, once for every service and handler: PersonErased leaves a
 * tombstone before its handler runs, and an event naming a tombstoned person is never handed
 * to its handler — whatever order events arrive in, and on a replay from the beginning.
 */
export async function handleWithInbox(
  dataSource: DataSource,
  schema: string,
  event: CloudEvent,
  handler: EventHandler,
  erasureKey: string,
): Promise<InboxOutcome> {
  return dataSource.transaction(async (tx) => {
    const inserted: unknown[] = await tx.query(
      `INSERT INTO ${qualified(schema, 'inbox')} (event_id, event_type, source) VALUES ($1, $2, $3)
       ON CONFLICT (event_id) DO NOTHING RETURNING event_id`,
      [event.id, event.type, event.source],
    );
    if (inserted.length === 0) return 'duplicate';
    if (event.type === PERSON_ERASED) {
      const { personId } = (event as CloudEvent<PersonErased>).data;
      await lockPeopleForErasure(tx, [personId], 'erase');
      await recordErasureTombstone(tx, erasureKey, personId);
    } else {
      const people = personRefsOf(event);
      await lockPeopleForErasure(tx, people, 'write');
      if ((await erasedAmong(tx, erasureKey, people)).length > 0) return 'erased';
    }
    await handler(event, tx);
    return 'applied';
  });
}

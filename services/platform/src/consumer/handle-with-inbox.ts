import { DataSource, EntityManager } from 'typeorm';
import { CloudEvent, isEventOf } from '../events/envelope';
import { PeopleEvents } from '../events/catalogue/people';
import { qualified } from '../outbox/outbox-row';
import { erasedAmong, lockPeopleForErasure, recordErasureTombstone } from '../privacy/erasure-tombstone';
import { personRefsOf } from '../privacy/person-refs';

/** Applies one consumed event inside the inbox transaction `tx`; pair it with its event using `on`. */
export type EventHandler<T = unknown> = (event: CloudEvent<T>, tx: EntityManager) => Promise<void>;
/** `erased`: the event names an erased person, so it was recorded as handled but not applied. */
export type InboxOutcome = 'applied' | 'duplicate' | 'erased';

/** What an event's handler leaves for the end of its inbox transaction: `work` once, with every item given for it. */
export type EndOfInboxWork<T> = (tx: EntityManager, items: T[]) => Promise<void>;

/** The work deferred in each open inbox transaction, by its manager (atEndOfInboxTransaction). */
const deferred = new WeakMap<EntityManager, Map<EndOfInboxWork<never>, unknown[]>>();

/**
 * Gives `item` to `work`, which runs once at the end of the inbox transaction `tx` with every item
 * its handlers gave it: after the handlers of every event the transaction applies (one, or a run
 * of them) and before it commits, so its effect commits or rolls back with theirs. For what many
 * events each change a little of, like a shared counter or rows that events of several partitions
 * touch: one write for the run, just before commit, holds those rows' locks for a moment instead
 * of from the first event to the commit of the run, where consumers of other partitions queue
 * behind it or, taking the same rows in another order, deadlock. `work` should take its rows in
 * a fixed order (sorted by key) for the same reason.
 * Throws outside an inbox transaction, where nothing would run it.
 */
export function atEndOfInboxTransaction<T>(tx: EntityManager, work: EndOfInboxWork<T>, item: T): void {
  const pending = deferred.get(tx);
  if (!pending) throw new Error('atEndOfInboxTransaction: only inside an inbox transaction (an event handler)');
  const items = pending.get(work) ?? [];
  pending.set(work, items);
  items.push(item);
}

/** Opens an inbox transaction: `apply`, then the work its handlers deferred, then commit. */
function inboxTransaction<T>(dataSource: DataSource, apply: (tx: EntityManager) => Promise<T>): Promise<T> {
  return dataSource.transaction(async (tx) => {
    const pending = new Map<EndOfInboxWork<never>, unknown[]>();
    deferred.set(tx, pending);
    try {
      const result = await apply(tx);
      for (const [work, items] of pending) await work(tx, items as never[]);
      return result;
    } finally {
      deferred.delete(tx);
    }
  });
}

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
  return inboxTransaction(dataSource, async (tx) => {
    const inserted: unknown[] = await tx.query(
      `INSERT INTO ${qualified(schema, 'inbox')} (event_id, event_type, source) VALUES ($1, $2, $3)
       ON CONFLICT (event_id) DO NOTHING RETURNING event_id`,
      [event.id, event.type, event.source],
    );
    if (inserted.length === 0) return 'duplicate';
    if (isEventOf(PeopleEvents.PersonErased, event)) {
      const { personId } = event.data;
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

/** One event of a batch and the handler for its type. */
export interface InboxItem {
  event: CloudEvent;
  handler: EventHandler;
}

/**
 * Applies a run of events in one transaction, with the same effect as handleWithInbox on each
 * in turn: one inbox insert for the run, the erasure locks of everyone it names (shared, in id
 * order) and one tombstone lookup, then each new event's handler. Each commit costs a WAL
 * flush and a round trip, so a consumer behind on a partition catches up many times faster.
 * PersonErased is never part of a run (it takes the exclusive lock: handleWithInbox alone).
 * If anything fails, nothing of the run is applied: the caller falls back to one event at a time.
 * `around` wraps each handler call (the consumer's span per event).
 */
export async function handleBatchWithInbox(
  dataSource: DataSource,
  schema: string,
  items: InboxItem[],
  erasureKey: string,
  around: (item: InboxItem, apply: () => Promise<void>) => Promise<void> = (_item, apply) => apply(),
): Promise<InboxOutcome[]> {
  if (items.some((item) => isEventOf(PeopleEvents.PersonErased, item.event)))
    throw new Error('PersonErased is applied on its own (handleWithInbox), never in a batch');
  return inboxTransaction(dataSource, async (tx) => {
    const fresh: { event_id: string }[] = await tx.query(
      `INSERT INTO ${qualified(schema, 'inbox')} (event_id, event_type, source)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[])
       ON CONFLICT (event_id) DO NOTHING RETURNING event_id`,
      [items.map((i) => i.event.id), items.map((i) => i.event.type), items.map((i) => i.event.source)],
    );
    const inserted = new Set(fresh.map((row) => row.event_id.toLowerCase()));
    const people = items.flatMap((item) => personRefsOf(item.event));
    await lockPeopleForErasure(tx, people, 'write');
    const erased = new Set((await erasedAmong(tx, erasureKey, people)).map((id) => id.toLowerCase()));
    const outcomes: InboxOutcome[] = [];
    for (const item of items) {
      // A repeated id within the run counts once, like a redelivery.
      if (!inserted.delete(item.event.id.toLowerCase())) outcomes.push('duplicate');
      else if (personRefsOf(item.event).some((id) => erased.has(id.toLowerCase()))) outcomes.push('erased');
      else {
        await around(item, () => item.handler(item.event, tx));
        outcomes.push('applied');
      }
    }
    return outcomes;
  });
}

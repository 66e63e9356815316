import { createHmac } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { schemaOf } from '../outbox/enqueue-event';
import { qualified } from '../outbox/outbox-row';

/**
 * Erasure tombstones: every service remembers who was erased without keeping their id. A
 * tombstone is HMAC-SHA256(VOICEGRAPH_ERASURE_KEY, person id), so the table lists no one to a
 * reader without the key, yet a late or replayed event about an erased person is recognised.
 */
export function erasureHash(key: string, personId: string): string {
  return createHmac('sha256', key).update(personId.toLowerCase()).digest('hex');
}

/** Remembers that `personId` was erased (idempotent), in the caller's transaction. */
export async function recordErasureTombstone(tx: EntityManager, key: string, personId: string): Promise<void> {
  await tx.query(
    `INSERT INTO ${qualified(schemaOf(tx), 'erased_person')} (person_hash) VALUES ($1) ON CONFLICT (person_hash) DO NOTHING`,
    [erasureHash(key, personId)],
  );
}

/** Which of `personIds` have been erased here. */
export async function erasedAmong(tx: EntityManager, key: string, personIds: string[]): Promise<string[]> {
  if (personIds.length === 0) return [];
  const byHash = new Map(personIds.map((id) => [erasureHash(key, id), id]));
  const rows: { person_hash: string }[] = await tx.query(
    `SELECT person_hash FROM ${qualified(schemaOf(tx), 'erased_person')} WHERE person_hash = ANY($1::text[])`,
    [[...byHash.keys()]],
  );
  return rows.map((row) => byHash.get(row.person_hash)!);
}

/**
 * Serialises work on one person with their erasure: writers take a shared lock, the erasure an
 * exclusive one, until the transaction ends. Without it, a write that checked the tombstone
 * just before an erasure committed could land just after the erasure's clean-up, and bring
 * the person back. Locks are taken in id order so two transactions cannot deadlock.
 */
export async function lockPeopleForErasure(
  tx: EntityManager,
  personIds: string[],
  mode: 'write' | 'erase',
): Promise<void> {
  const fn = mode === 'erase' ? 'pg_advisory_xact_lock' : 'pg_advisory_xact_lock_shared';
  const ids = [...new Set(personIds.map((p) => p.toLowerCase()))].sort();
  if (ids.length === 0) return;
  if (ids.length === 1 || mode === 'erase') {
    for (const id of ids) await tx.query(`SELECT ${fn}(hashtextextended('voicegraph.erasure:' || $1::text, 0))`, [id]);
    return;
  }
  // Several writers' shared locks in one round trip (a consumer's batch names many people).
  // Shared locks never wait for one another, only for an erasure's exclusive lock on one person,
  // so taking them in one statement cannot deadlock; unnest still yields them in id order.
  await tx.query(
    `SELECT count(${fn}(hashtextextended('voicegraph.erasure:' || id, 0))) FROM unnest($1::text[]) AS t(id)`,
    [ids],
  );
}

import { EntityManager } from 'typeorm';
import { schemaOf } from '../outbox/enqueue-event';
import { qualified } from '../outbox/outbox-row';

/**
 * Erasure in the tables every service has: audit rows keep what happened but no longer who it
 * happened to or who did it, and parked events (dead_letter) lose the person's id. Call it from
 * the PersonErased handler, in the same transaction as the service's own clean-up.
 */
export async function forgetPersonInPlatformTables(tx: EntityManager, personId: string): Promise<void> {
  const schema = schemaOf(tx);
  const audit = qualified(schema, 'audit_log');
  await tx.query(`UPDATE ${audit} SET entity_id = NULL WHERE entity_id = $1`, [personId]);
  await tx.query(`UPDATE ${audit} SET actor_id = NULL WHERE actor_id = $1`, [personId]);
  await tx.query(
    `UPDATE ${qualified(schema, 'dead_letter')} SET payload = replace(payload, $1, 'erased-person') WHERE strpos(payload, $1) > 0`,
    [personId],
  );
}

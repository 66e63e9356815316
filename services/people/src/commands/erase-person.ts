import {
  Actor,
  enqueueEvent,
  forgetPersonInPlatformTables,
  lockPeopleForErasure,
  PeopleEvents,
  recordAudit,
  recordErasureTombstone,
} from '@voicegraph/platform';
import { EntityManager } from 'typeorm';
import { ConsentEntity, PersonEntity } from '../entities';

/** Why a person is erased, for the audit log (which no longer names them afterwards). */
export type ErasureReason = 'REQUEST' | 'RETENTION_RULE';

/**
 * The one erasure path, for requestErasure and the retention rule: tombstone, delete the person
 * and their consents, forget them in the platform tables, and emit PersonErased so every other
 * service removes its copies. In the caller's transaction, with the person's row locked.
 */
export async function erasePersonRecord(
  tx: EntityManager,
  erasureKey: string,
  person: PersonEntity,
  auditActor: Actor | null,
  reason: ErasureReason,
): Promise<void> {
  await lockPeopleForErasure(tx, [person.id], 'erase');
  await recordErasureTombstone(tx, erasureKey, person.id);
  await tx.delete(ConsentEntity, { personId: person.id });
  await tx.update(ConsentEntity, { recordedBy: person.id }, { recordedBy: null });
  await tx.delete(PersonEntity, { id: person.id });
  await forgetPersonInPlatformTables(tx, person.id);
  await enqueueEvent(tx, PeopleEvents.PersonErased, person.id, {
    personId: person.id,
    partnershipId: person.partnershipId,
  });
  await recordAudit(tx, auditActor, {
    action: 'ERASE',
    entity: 'Person',
    entityId: null,
    fields: reason === 'REQUEST' ? [] : [reason],
  });
}

import { Actor, ConsentEndReason, enqueueEvent, PeopleEvents, recordAudit } from '@voicegraph/platform';
import { EntityManager } from 'typeorm';
import { ConsentEntity, PersonEntity } from '../entities';

/**
 * Ends consents at one instant and tells every service, in the caller's transaction.
 *
 * The instant is the database clock (clock_timestamp()), the same clock that stamps a
 * contribution's submission in consultations (its transaction's now()): consultations removes
 * every contribution submitted at or after this instant when the event reaches it, so the two
 * stamps must come from one clock, not two hosts' (docs/privacy.md, "Consent withdrawal").
 */
export async function endConsents(
  tx: EntityManager,
  actor: Actor | null,
  person: PersonEntity,
  consents: ConsentEntity[],
  reason: ConsentEndReason,
): Promise<Date> {
  const [{ now }] = (await tx.query('SELECT clock_timestamp() AS now')) as { now: Date }[];
  for (const consent of consents) {
    consent.withdrawnAt = now;
    consent.withdrawalReason = reason;
    await tx.save(ConsentEntity, consent);
    await enqueueEvent(tx, PeopleEvents.ConsentWithdrawn, person.id, {
      consentId: consent.id,
      personId: person.id,
      partnershipId: person.partnershipId,
      kind: consent.kind,
      withdrawnAt: now.toISOString(),
      reason,
    });
  }
  if (consents.length > 0)
    await recordAudit(tx, actor, {
      action: reason === 'WITHDRAWN' ? 'WITHDRAW_CONSENT' : 'END_CONSENT_DATE_OF_BIRTH_CHANGED',
      entity: 'Person',
      entityId: person.id,
      fields: [...new Set(consents.map((c) => c.kind))],
    });
  return now;
}

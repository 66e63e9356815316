import { ConsentWithdrawn, ConsultationEvents, enqueueEvent, EventHandler, recordAudit } from '@voicegraph/platform';
import { EntityManager } from 'typeorm';
import { lockPersonReach, rebuildPersonReach } from '../analytics/reach-month';

/**
 * Consent withdrawal takes effect at its own instant, not when consultations hears of it.
 *
 * people stamps the withdrawal with its database clock (ConsentWithdrawn.withdrawnAt). Until the
 * event arrives here, the projection still holds the consent, so a contribution can be accepted
 * in that window. When the last participation consent of the person goes, everything they
 * submitted at or after the instant is deleted — from every consultation, findings and reach —
 * and each deletion is announced (ContributionWithdrawn) so downstream copies go too; the young
 * person is told through Person.removedContributions. Nothing is read from people's schema.
 *
 * The person's reach lock is taken first, and submitContribution takes it before it checks
 * consent: a contribution racing this handler either commits first (and is deleted here) or
 * waits and then finds no consent.
 */
export const projectConsentWithdrawn: EventHandler<ConsentWithdrawn> = async ({ data, time }, tx) => {
  await lockPersonReach(tx, data.personId);
  await tx.query(`DELETE FROM consultations.participation_consent WHERE consent_id = $1`, [data.consentId]);
  if (data.kind !== 'PARTICIPATION') return;
  const [{ remaining }] = (await tx.query(
    `SELECT count(*)::int AS remaining FROM consultations.participation_consent WHERE person_id = $1`,
    [data.personId],
  )) as { remaining: number }[];
  // Another participation consent still stands (withdrawConsent ends them all at one instant, so
  // this is the last event of a withdrawal, or a consent recorded since): nothing to undo yet.
  if (remaining > 0) return;
  await removeContributionsSince(tx, data.personId, new Date(data.withdrawnAt ?? time));
};

interface Removed {
  id: string;
  consultation_id: string;
  partnership_id: string;
  anonymous: boolean;
  submitted_on: string;
}

/** Deletes the person's contributions submitted at or after `since`, with everything that counted them. */
export async function removeContributionsSince(tx: EntityManager, personId: string, since: Date): Promise<number> {
  const removed = (await tx.query(
    `WITH gone AS (
       DELETE FROM consultations.contribution WHERE person_id = $1 AND created_at >= $2
       RETURNING id, consultation_id, anonymous, (created_at AT TIME ZONE 'UTC')::date AS submitted_on)
     SELECT gone.id, gone.consultation_id, c.partnership_id, gone.anonymous, gone.submitted_on::text AS submitted_on
       FROM gone JOIN consultations.consultation c ON c.id = gone.consultation_id`,
    [personId, since],
  )) as Removed[];
  if (removed.length === 0) return 0;
  const ids = removed.map((r) => r.id);
  await tx.query(
    `UPDATE consultations.finding f
        SET contribution_ids = ARRAY(SELECT x FROM unnest(f.contribution_ids) WITH ORDINALITY AS u(x, n)
                                      WHERE x <> ALL($1::uuid[]) ORDER BY n)
      WHERE f.contribution_ids && $1::uuid[]`,
    [ids],
  );
  await rebuildPersonReach(tx, personId);
  for (const row of removed) {
    await tx.query(
      `INSERT INTO consultations.contribution_removal (contribution_id, person_id, consultation_id, submitted_on, consent_withdrawn_at, reason)
       VALUES ($1, $2, $3, $4, $5, 'CONSENT_WITHDRAWN') ON CONFLICT (contribution_id) DO NOTHING`,
      [row.id, personId, row.consultation_id, row.submitted_on, since],
    );
    await enqueueEvent(tx, ConsultationEvents.ContributionWithdrawn, row.id, {
      contributionId: row.id,
      consultationId: row.consultation_id,
      partnershipId: row.partnership_id,
      personId: row.anonymous ? null : personId,
      reason: 'CONSENT_WITHDRAWN',
      consentWithdrawnAt: since.toISOString(),
    });
    // No actor: the system did it. No author either (the contribution may have been anonymous).
    await recordAudit(tx, null, {
      action: 'REMOVE_CONTRIBUTION_CONSENT_WITHDRAWN',
      entity: 'Contribution',
      entityId: row.id,
    });
  }
  return removed.length;
}

import { randomUUID } from 'node:crypto';
import {
  calendarDate,
  ConsultationCancelled,
  ConsultationClosed,
  ConsultationCreated,
  EventHandler,
  FindingRecorded,
  ParticipationRecorded,
} from '@voicegraph/platform';
import { dueOnFor } from '../domain/deadline';
import { FeedbackSettings } from '../domain/settings';

/**
 * The projection of consultations that feedback needs: who runs each consultation, who took
 * part, its findings, and when it closed. Upserts and inserts-if-absent only, so every handler
 * is idempotent and tolerates events in any order (a close may arrive before the creation).
 */
export const projectConsultation: EventHandler<ConsultationCreated> = async ({ data }, tx) => {
  await tx.query(
    `INSERT INTO feedback.consultation (id, partnership_id, lead_organisation_id, partner_organisation_ids, title)
     VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (id) DO UPDATE SET partnership_id = $2, lead_organisation_id = $3, partner_organisation_ids = $4, title = $5, updated_at = now()`,
    [data.consultationId, data.partnershipId, data.leadOrganisationId, data.partnerOrganisationIds, data.title],
  );
};

/** A closed consultation owes its participants feedback: open one obligation, due `dueDays` later. */
export function openObligationOnClose(settings: FeedbackSettings): EventHandler<ConsultationClosed> {
  return async ({ data }, tx) => {
    const closedAt = new Date(data.closedAt);
    await tx.query(
      `INSERT INTO feedback.consultation (id, partnership_id, lead_organisation_id, closed_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (id) DO UPDATE SET closed_at = $4, updated_at = now()`,
      [data.consultationId, data.partnershipId, data.leadOrganisationId, closedAt],
    );
    // A cancellation already recorded a NOT_OWED obligation, which this leaves as it is.
    await tx.query(
      `INSERT INTO feedback.feedback_obligation (id, consultation_id, partnership_id, closed_at, due_on) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (consultation_id) DO NOTHING`,
      [randomUUID(), data.consultationId, data.partnershipId, closedAt, dueOnFor(closedAt, settings.dueDays)],
    );
  };
}

/**
 * A cancelled consultation owes nobody feedback: its obligation is closed as NOT_OWED (recorded
 * even when none was open yet, so the participation lead sees why nothing is owed, and so no
 * later close can open one). An obligation already met stays met: the feedback was sent.
 */
export const closeObligationOnCancel: EventHandler<ConsultationCancelled> = async ({ data }, tx) => {
  const cancelledAt = new Date(data.cancelledAt);
  await tx.query(
    `INSERT INTO feedback.consultation (id, partnership_id, lead_organisation_id, cancelled_at) VALUES ($1, $2, $3, $4)
     ON CONFLICT (id) DO UPDATE SET cancelled_at = $4, updated_at = now()`,
    [data.consultationId, data.partnershipId, data.leadOrganisationId, cancelledAt],
  );
  await tx.query(
    `INSERT INTO feedback.feedback_obligation (id, consultation_id, partnership_id, closed_at, due_on, status)
     VALUES ($1, $2, $3, $4, $5, 'NOT_OWED')
     ON CONFLICT (consultation_id) DO UPDATE SET status = 'NOT_OWED' WHERE feedback_obligation.status <> 'MET'`,
    [randomUUID(), data.consultationId, data.partnershipId, cancelledAt, calendarDate(cancelledAt)],
  );
};

export const projectParticipation: EventHandler<ParticipationRecorded> = async ({ data }, tx) => {
  await tx.query(
    `INSERT INTO feedback.participant (participation_id, consultation_id, person_id) VALUES ($1, $2, $3) ON CONFLICT (participation_id) DO NOTHING`,
    [data.participationId, data.consultationId, data.personId],
  );
};

export const projectFinding: EventHandler<FindingRecorded> = async ({ data }, tx) => {
  await tx.query(
    `INSERT INTO feedback.finding (id, consultation_id, partnership_id, title) VALUES ($1, $2, $3, $4)
     ON CONFLICT (id) DO UPDATE SET title = $4`,
    [data.findingId, data.consultationId, data.partnershipId, data.title],
  );
};

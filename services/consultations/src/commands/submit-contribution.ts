import { randomUUID } from 'node:crypto';
import {
  conflict,
  ConsultationEvents,
  enqueueEvent,
  notFound,
  pseudonymousActor,
  recordAudit,
  requireRole,
  requireUuid,
  RequestContext,
} from '@voicegraph/platform';
import { addToReach, lockPersonReach } from '../analytics/reach-month';
import { canSeeConsultation, Viewer } from '../domain/access';
import { AnswerInput, validateAnswer } from '../domain/answer';
import { EntityManager } from 'typeorm';
import { ConsultationEntity, ContributionEntity, PersonProjectionEntity, QuestionEntity } from '../entities';
import { requireParticipationConsent } from './consent-check';

export interface SubmitContributionInput extends AnswerInput {
  consultationId: string;
  questionId?: string | null;
  anonymous?: boolean | null;
}

/**
 * A young person says something in an OPEN consultation meant for them (or one they took part in).
 * Only the young person themself submits: staff record attendance with recordParticipation, never words on someone's behalf.
 */
export async function submitContribution(
  ctx: RequestContext,
  input: SubmitContributionInput,
): Promise<ContributionEntity> {
  const actor = requireRole(ctx.actor, ['YOUNG_PERSON'], 'submit a contribution');
  const consultationId = requireUuid('consultationId', input.consultationId);
  const questionId = input.questionId ? requireUuid('questionId', input.questionId) : null;
  return ctx.dataSource.transaction(async (tx) => {
    // A share lock: a concurrent close waits for this contribution, or this sees the close.
    const consultation = await tx.findOne(ConsultationEntity, {
      where: { id: consultationId },
      lock: { mode: 'pessimistic_read' },
    });
    const person = await tx.findOneBy(PersonProjectionEntity, { personId: actor.personId });
    const viewer: Viewer =
      person && person.partnershipId === actor.partnershipId
        ? { cohorts: person.cohorts, ageBand: person.ageBand }
        : { cohorts: [], ageBand: 'UNKNOWN' };
    if (
      !consultation ||
      !canSeeConsultation(actor, consultation, viewer, await tookPart(tx, consultationId, actor.personId))
    ) {
      throw notFound('consultation', consultationId);
    }
    if (consultation.status !== 'OPEN')
      throw conflict(`This consultation is ${consultation.status}: contributions are only taken while it is OPEN.`);
    // Before the consent check: a consent withdrawal being applied (handlers/consent-withdrawn.ts)
    // holds this lock, so we either see its result or it sees this contribution and removes it.
    await lockPersonReach(tx, actor.personId);
    await requireParticipationConsent(tx, actor.personId, 'you');
    const question = questionId ? await tx.findOneBy(QuestionEntity, { id: questionId, consultationId }) : null;
    if (questionId && !question) throw notFound('question in this consultation', questionId);
    const answer = validateAnswer(question, input);
    const anonymous = input.anonymous ?? false;
    const contribution = tx.create(ContributionEntity, {
      ...answer,
      id: randomUUID(),
      consultationId,
      questionId,
      personId: actor.personId,
      anonymous,
    });
    await tx.insert(ContributionEntity, contribution);
    const saved = await tx.findOneByOrFail(ContributionEntity, { id: contribution.id });
    await addToReach(tx, consultationId, actor.personId, saved.submittedAt, 1);
    await enqueueEvent(tx, ConsultationEvents.ContributionSubmitted, saved.id, {
      contributionId: saved.id,
      consultationId,
      partnershipId: consultation.partnershipId,
      personId: anonymous ? null : actor.personId,
      questionId,
      anonymous,
      submittedAt: saved.submittedAt.toISOString(),
    });
    // The audit log must not name the author of an anonymous contribution: a keyed pseudonym instead.
    const auditActor = anonymous ? pseudonymousActor(ctx.config.erasureKey, actor) : actor;
    await recordAudit(tx, auditActor, { action: 'SUBMIT_CONTRIBUTION', entity: 'Contribution', entityId: saved.id });
    return saved;
  });
}

async function tookPart(tx: EntityManager, consultationId: string, personId: string): Promise<boolean> {
  const rows: unknown[] = await tx.query(
    `SELECT 1 FROM consultations.participation WHERE consultation_id = $1 AND person_id = $2
     UNION ALL SELECT 1 FROM consultations.contribution WHERE consultation_id = $1 AND person_id = $2 LIMIT 1`,
    [consultationId, personId],
  );
  return rows.length > 0;
}

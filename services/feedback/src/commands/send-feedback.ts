import { randomUUID } from 'node:crypto';
import {
  badUserInput,
  enqueueEvent,
  FeedbackEvents,
  FeedbackSent,
  forbidden,
  recordAudit,
  requireRole,
  RequestContext,
} from '@voicegraph/platform';
import { In } from 'typeorm';
import { canManageFeedback } from '../domain/access';
import { isOnTime } from '../domain/deadline';
import { FeedbackFields, validateFeedback } from '../domain/feedback-rules';
import { FeedbackMessageEntity, FeedbackObligationEntity, OutcomeEntity } from '../entities';
import { loadConsultation } from './load-consultation';

export interface SendFeedbackInput extends FeedbackFields {
  /** A FeedbackChannel of the SDL (GraphQL has checked it). */
  channel: FeedbackSent['channel'];
}

/**
 * Records feedback sent to everyone who took part, and meets the consultation's obligation
 * (on time when sent on or before its due day). Later feedback is kept but does not re-meet it.
 */
export async function sendFeedback(ctx: RequestContext, input: SendFeedbackInput): Promise<FeedbackMessageEntity> {
  const actor = requireRole(ctx.actor, ['PRACTITIONER', 'PARTICIPATION_LEAD', 'PARTNERSHIP_ADMIN'], 'send feedback');
  const feedback = validateFeedback(input);
  return ctx.dataSource.transaction(async (tx) => {
    const consultation = await loadConsultation(tx, actor, feedback.consultationId);
    if (!canManageFeedback(actor, consultation))
      throw forbidden("Only staff of the consultation's lead or partner organisations can send its feedback.");
    const outcomes = feedback.outcomeIds.length ? await tx.findBy(OutcomeEntity, { id: In(feedback.outcomeIds) }) : [];
    const foreign = feedback.outcomeIds.filter(
      (id) => !outcomes.some((o) => o.id === id && o.consultationId === consultation.id),
    );
    if (foreign.length)
      throw badUserInput(
        `outcomeIds must be outcomes of this consultation; these are not: ${foreign.join(', ')}.`,
        'outcomeIds',
      );
    const obligation = await tx.findOne(FeedbackObligationEntity, {
      where: { consultationId: consultation.id },
      lock: { mode: 'pessimistic_write' },
    });
    const recipients: { person_id: string }[] = await tx.query(
      `SELECT DISTINCT person_id FROM feedback.participant WHERE consultation_id = $1`,
      [consultation.id],
    );
    const onTime = obligation ? isOnTime(feedback.sentAt, obligation.dueOn) : null;
    const message = tx.create(FeedbackMessageEntity, {
      id: randomUUID(),
      consultationId: consultation.id,
      partnershipId: consultation.partnershipId,
      obligationId: obligation?.id ?? null,
      channel: input.channel,
      text: feedback.text,
      outcomeIds: feedback.outcomeIds,
      recipientCount: recipients.length,
      sentBy: actor.personId,
      sentAt: feedback.sentAt,
      onTime,
    });
    await tx.insert(FeedbackMessageEntity, message);
    if (recipients.length) {
      await tx.query(`INSERT INTO feedback.feedback_recipient (feedback_id, person_id) SELECT $1, unnest($2::uuid[])`, [
        message.id,
        recipients.map((r) => r.person_id),
      ]);
    }
    if (obligation && obligation.status !== 'MET' && obligation.status !== 'NOT_OWED') {
      await tx.update(
        FeedbackObligationEntity,
        { id: obligation.id },
        { status: 'MET', metAt: feedback.sentAt, onTime },
      );
    }
    await enqueueEvent(tx, FeedbackEvents.FeedbackSent, message.id, {
      feedbackId: message.id,
      obligationId: message.obligationId,
      consultationId: consultation.id,
      partnershipId: consultation.partnershipId,
      channel: input.channel,
      outcomeIds: feedback.outcomeIds,
      recipientCount: recipients.length,
      recipientIds: recipients.map((r) => r.person_id),
      sentAt: feedback.sentAt.toISOString(),
      onTime: onTime ?? true, // before closing there is no deadline yet
    });
    await recordAudit(tx, actor, {
      action: 'SEND_FEEDBACK',
      entity: 'FeedbackMessage',
      entityId: message.id,
      fields: [input.channel],
    });
    return tx.findOneByOrFail(FeedbackMessageEntity, { id: message.id });
  });
}

import { countBeyondItsPeople, isUuid, RequestContext, thresholdLoader } from '@voicegraph/platform';
import { canManageFeedback, canSeeObligation, canSeeVoiceCheckComment, isPartnershipAnalyst } from '../domain/access';
import { obligationStatus } from '../domain/deadline';
import { FeedbackMessageEntity, FeedbackObligationEntity, OutcomeEntity, VoiceCheckEntity } from '../entities';
import {
  consultationLoader,
  historyOfOutcome,
  messageLoader,
  messagesByObligation,
  messagesByRecipient,
  obligationLoader,
  outcomeLoader,
  voiceCheckLoader,
} from '../loaders';
import { callerTookPart, visibleOutcomes } from './visibility';

type Ref = { id: string };

/** Feedback's own entities; `_entities` references obey the same rules as the fields that list them. */
export const Outcome = {
  async __resolveReference(ref: Ref, ctx: RequestContext) {
    const outcome = isUuid(ref.id) ? await outcomeLoader(ctx).load(ref.id.toLowerCase()) : null;
    return outcome && (await visibleOutcomes(ctx, [outcome])).length ? outcome : null;
  },
  finding: (outcome: OutcomeEntity) => ({ id: outcome.findingId }),
  consultation: (outcome: OutcomeEntity) => ({ id: outcome.consultationId }),
  decision: (outcome: OutcomeEntity) => (outcome.decisionId ? { id: outcome.decisionId } : null),
  recordedAt: (outcome: OutcomeEntity) => outcome.createdAt,
  history: (outcome: OutcomeEntity, _: unknown, ctx: RequestContext) => historyOfOutcome(ctx).load(outcome.id),
};

/** A board entry is the outcome row itself; only the fields the public type names are exposed. */
export const YouSaidWeDidEntry = {
  recordedAt: (outcome: OutcomeEntity) => outcome.createdAt,
};

export const FeedbackObligation = {
  async __resolveReference(ref: Ref, ctx: RequestContext) {
    const obligation = isUuid(ref.id) ? await obligationLoader(ctx).load(ref.id.toLowerCase()) : null;
    if (!obligation) return null;
    const [consultation, tookPart] = await Promise.all([
      consultationLoader(ctx).load(obligation.consultationId),
      callerTookPart(ctx, obligation.consultationId),
    ]);
    return consultation && canSeeObligation(ctx.actor, consultation, tookPart) ? obligation : null;
  },
  consultation: (obligation: FeedbackObligationEntity) => ({ id: obligation.consultationId }),
  status: (obligation: FeedbackObligationEntity) => obligationStatus(obligation),
  messages: (obligation: FeedbackObligationEntity, _: unknown, ctx: RequestContext) =>
    messagesByObligation(ctx).load(obligation.id),
};

export const FeedbackMessage = {
  async __resolveReference(ref: Ref, ctx: RequestContext) {
    const message = isUuid(ref.id) ? await messageLoader(ctx).load(ref.id.toLowerCase()) : null;
    if (!message || !ctx.actor) return null;
    const consultation = await consultationLoader(ctx).load(message.consultationId);
    if (
      consultation &&
      (canManageFeedback(ctx.actor, consultation) || isPartnershipAnalyst(ctx.actor, consultation.partnershipId))
    )
      return message;
    const received = await messagesByRecipient(ctx).load(ctx.actor.personId);
    return received.some((m) => m.id === message.id) ? message : null;
  },
  consultation: (message: FeedbackMessageEntity) => ({ id: message.consultationId }),
  /** Exact for the consultation's staff, who can list its participants; disclosure-controlled for anyone else. */
  async recipientCount(message: FeedbackMessageEntity, _: unknown, ctx: RequestContext) {
    const consultation = await consultationLoader(ctx).load(message.consultationId);
    if (consultation && canManageFeedback(ctx.actor, consultation)) return message.recipientCount;
    const threshold = await thresholdLoader(ctx, 'feedback').load(message.partnershipId);
    return countBeyondItsPeople(message.recipientCount, threshold);
  },
  obligation: (message: FeedbackMessageEntity, _: unknown, ctx: RequestContext) =>
    message.obligationId ? obligationLoader(ctx).load(message.obligationId) : null,
  async outcomes(message: FeedbackMessageEntity, _: unknown, ctx: RequestContext) {
    const outcomes = (await outcomeLoader(ctx).loadMany(message.outcomeIds)).filter(
      (o): o is OutcomeEntity => !!o && !(o instanceof Error),
    );
    // Those it was sent to were told about these outcomes, so they may see them.
    if (ctx.actor && (await messagesByRecipient(ctx).load(ctx.actor.personId)).some((m) => m.id === message.id))
      return outcomes;
    return visibleOutcomes(ctx, outcomes);
  },
};

export const VoiceCheck = {
  async __resolveReference(ref: Ref, ctx: RequestContext) {
    const check = isUuid(ref.id) ? await voiceCheckLoader(ctx).load(ref.id.toLowerCase()) : null;
    if (!check || !ctx.actor) return null;
    const consultation = await consultationLoader(ctx).load(check.consultationId);
    return consultation && canSeeVoiceCheckComment(ctx.actor, check, consultation) ? check : null;
  },
  consultation: (check: VoiceCheckEntity) => ({ id: check.consultationId }),
  async comment(check: VoiceCheckEntity, _: unknown, ctx: RequestContext) {
    const consultation = await consultationLoader(ctx).load(check.consultationId);
    return consultation && canSeeVoiceCheckComment(ctx.actor, check, consultation) ? check.comment : null;
  },
  mine: (check: VoiceCheckEntity, _: unknown, ctx: RequestContext) =>
    !!ctx.actor && check.personId === ctx.actor.personId,
};

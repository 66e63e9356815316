import {
  EntityRef,
  entityReference,
  forbidden,
  hasRole,
  isAnalystOnly,
  isStaff,
  RequestContext,
} from '@voicegraph/platform';
import { canManageFeedback, canSeeObligation } from '../domain/access';
import {
  consultationLoader,
  messagesByRecipient,
  obligationByConsultation,
  obligationsOwedTo,
  outcomeByFinding,
  outcomesByConsultation,
  outcomesByDecision,
  voiceChecksByConsultation,
} from '../loaders';
import { callerTookPart, ofManagedConsultations, visibleOutcomes } from './visibility';

/**
 * Other subgraphs' entities, extended with feedback's fields. A reference is just its id; every
 * field applies feedback's own access rules, whatever the caller could see in the owner subgraph.
 */
export const Consultation = {
  __resolveReference: entityReference,
  outcomes: async (ref: EntityRef, _: unknown, ctx: RequestContext) =>
    visibleOutcomes(ctx, await outcomesByConsultation(ctx).load(ref.id)),
  async feedbackObligation(ref: EntityRef, _: unknown, ctx: RequestContext) {
    const [consultation, obligation] = await Promise.all([
      consultationLoader(ctx).load(ref.id),
      obligationByConsultation(ctx).load(ref.id),
    ]);
    if (!consultation || !obligation) return null;
    // Whether the caller took part is read only when their role does not already let them see it.
    if (canSeeObligation(ctx.actor, consultation, false)) return obligation;
    return canSeeObligation(ctx.actor, consultation, await callerTookPart(ctx, ref.id)) ? obligation : null;
  },
  async voiceChecks(ref: EntityRef, _: unknown, ctx: RequestContext) {
    if (hasRole(ctx.actor, 'ANALYST') && !isStaff(ctx.actor))
      throw forbidden("Analysts see voice checks as aggregate figures only, never one young person's answers.");
    if (!ctx.actor) return [];
    const [consultation, checks] = await Promise.all([
      consultationLoader(ctx).load(ref.id),
      voiceChecksByConsultation(ctx).load(ref.id),
    ]);
    if (consultation && canManageFeedback(ctx.actor, consultation)) return checks;
    return checks.filter((check) => check.personId === ctx.actor!.personId);
  },
};

export const Finding = {
  __resolveReference: entityReference,
  async outcome(ref: EntityRef, _: unknown, ctx: RequestContext) {
    const outcome = await outcomeByFinding(ctx).load(ref.id);
    return outcome && (await visibleOutcomes(ctx, [outcome])).length ? outcome : null;
  },
};

export const Decision = {
  __resolveReference: entityReference,
  outcomes: async (ref: EntityRef, _: unknown, ctx: RequestContext) =>
    visibleOutcomes(ctx, await outcomesByDecision(ctx).load(ref.id)),
};

/** A person's own feedback, or (for staff) what their consultations sent and owe that person. */
export const Person = {
  __resolveReference: entityReference,
  async feedbackReceived(ref: EntityRef, _: unknown, ctx: RequestContext) {
    if (!ctx.actor) return [];
    if (isAnalystOnly(ctx.actor))
      throw forbidden("Analysts see feedback timeliness as aggregate figures only, never one person's feedback.");
    const messages = await messagesByRecipient(ctx).load(ref.id);
    return ctx.actor.personId === ref.id ? messages : ofManagedConsultations(ctx, messages);
  },
  async feedbackOwed(ref: EntityRef, _: unknown, ctx: RequestContext) {
    if (!ctx.actor) return [];
    if (isAnalystOnly(ctx.actor))
      throw forbidden("Analysts see feedback timeliness as aggregate figures only, never one person's feedback.");
    const obligations = await obligationsOwedTo(ctx).load(ref.id);
    return ctx.actor.personId === ref.id ? obligations : ofManagedConsultations(ctx, obligations);
  },
};

import { RequestContext, required } from '@voicegraph/platform';
import { inPartnership } from '../domain/access';
import { DecisionEntity } from '../entities';
import {
  decisionLoader,
  decisionsByConsultation,
  decisionsByFinding,
  evidenceByDecision,
  forumLoader,
  meetingLoader,
} from '../loaders';
import { seesBusiness } from './forum-access';

/** Decisions are readable across their partnership: they are the evidence that voice shaped something. */
export const Decision = {
  async __resolveReference(ref: { id: string }, ctx: RequestContext) {
    const decision = await decisionLoader(ctx).load(ref.id);
    return decision && inPartnership(ctx.actor, decision.partnershipId) ? decision : null;
  },
  forum: (decision: DecisionEntity, _: unknown, ctx: RequestContext) =>
    required(forumLoader(ctx).load(decision.forumId), `forum ${decision.forumId}`),
  async meeting(decision: DecisionEntity, _: unknown, ctx: RequestContext) {
    if (!decision.meetingId) return null;
    const forum = await forumLoader(ctx).load(decision.forumId);
    return forum && (await seesBusiness(ctx, forum)) ? meetingLoader(ctx).load(decision.meetingId) : null;
  },
  citedFindings: async (decision: DecisionEntity, _: unknown, ctx: RequestContext) =>
    (await evidenceByDecision(ctx).load(decision.id)).map((e) => ({ id: e.findingId })),
  consultations: async (decision: DecisionEntity, _: unknown, ctx: RequestContext) =>
    [...new Set((await evidenceByDecision(ctx).load(decision.id)).map((e) => e.consultationId))].map((id) => ({ id })),
  influencedByYoungPeople: async (decision: DecisionEntity, _: unknown, ctx: RequestContext) =>
    (await evidenceByDecision(ctx).load(decision.id)).length > 0,
};

/** Consultations' entities, extended with the decisions they influenced (batched, caller's partnership only). */
export const Finding = {
  __resolveReference: (ref: { id: string }) => ({ id: ref.id }),
  decisions: (finding: { id: string }, _: unknown, ctx: RequestContext) => decisionsByFinding(ctx).load(finding.id),
};

export const Consultation = {
  __resolveReference: (ref: { id: string }) => ({ id: ref.id }),
  decisions: (consultation: { id: string }, _: unknown, ctx: RequestContext) =>
    decisionsByConsultation(ctx).load(consultation.id),
};

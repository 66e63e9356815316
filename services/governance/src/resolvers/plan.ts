import { calendarDate, RequestContext, required } from '@voicegraph/platform';
import { inPartnership } from '../domain/access';
import { objectiveStatus, reviewOverdue } from '../domain/objective-status';
import { ObjectiveEntity, ObjectiveProgressEntity, PlanEntity } from '../entities';
import { objectiveLoader, objectivesByPlan, planLoader, progressByObjective } from '../loaders';

/** Plans and objectives are readable across their partnership. */
export const Plan = {
  async __resolveReference(ref: { id: string }, ctx: RequestContext) {
    const plan = await planLoader(ctx).load(ref.id);
    return plan && inPartnership(ctx.actor, plan.partnershipId) ? plan : null;
  },
  organisation: (plan: PlanEntity) => (plan.organisationId ? { id: plan.organisationId } : null),
  reviewOverdue: (plan: PlanEntity) => reviewOverdue(plan, calendarDate()),
  objectives: (plan: PlanEntity, _: unknown, ctx: RequestContext) => objectivesByPlan(ctx).load(plan.id),
};

export const Objective = {
  async __resolveReference(ref: { id: string }, ctx: RequestContext) {
    const objective = await objectiveLoader(ctx).load(ref.id);
    return objective && inPartnership(ctx.actor, objective.partnershipId) ? objective : null;
  },
  plan: (objective: ObjectiveEntity, _: unknown, ctx: RequestContext) =>
    required(planLoader(ctx).load(objective.planId), `plan ${objective.planId}`),
  ownerOrganisation: (objective: ObjectiveEntity) => ({ id: objective.ownerOrganisationId }),
  status: (objective: ObjectiveEntity) => objectiveStatus(objective, calendarDate()),
  progress: (objective: ObjectiveEntity, _: unknown, ctx: RequestContext) =>
    progressByObjective(ctx).load(objective.id),
};

export const ObjectiveProgress = {
  recordedAt: (progress: ObjectiveProgressEntity) => progress.createdAt,
};

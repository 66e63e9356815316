import { randomUUID } from 'node:crypto';
import {
  badUserInput,
  enqueueEvent,
  forbidden,
  GovernanceEvents,
  notFound,
  recordAudit,
  requireDate,
  requireRole,
  requireText,
  requireUuid,
  RequestContext,
} from '@voicegraph/platform';
import { canGovern, inPartnership } from '../domain/access';
import { ObjectiveEntity, PlanEntity } from '../entities';
import { organisationOfPartnership } from './references';

export interface AddObjectiveInput {
  planId: string;
  description: string;
  measure: string;
  baseline: number;
  target: number;
  ownerOrganisationId: string;
  startsOn?: string | null;
  dueOn: string;
}

export async function addObjective(ctx: RequestContext, input: AddObjectiveInput): Promise<ObjectiveEntity> {
  const actor = requireRole(ctx.actor, ['PARTICIPATION_LEAD', 'PARTNERSHIP_ADMIN'], 'add an objective');
  const description = requireText('description', input.description, 2000);
  const measure = requireText('measure', input.measure, 500);
  const dueOn = requireDate('dueOn', input.dueOn);
  if (!Number.isFinite(input.baseline) || !Number.isFinite(input.target))
    throw badUserInput('baseline and target must be numbers.', 'target');
  if (input.target === input.baseline)
    throw badUserInput('target must differ from baseline, or there is nothing to measure.', 'target');
  return ctx.dataSource.transaction(async (tx) => {
    const planId = requireUuid('planId', input.planId);
    const plan = await tx.findOneBy(PlanEntity, { id: planId });
    if (!plan || !inPartnership(actor, plan.partnershipId)) throw notFound('plan', planId);
    if (!canGovern(actor, plan.partnershipId, plan.organisationId))
      throw forbidden(
        "Only participation leads of the plan's organisation, or partnership admins, can add objectives to it.",
      );
    const startsOn = input.startsOn ? requireDate('startsOn', input.startsOn) : plan.periodStart;
    if (dueOn <= startsOn) throw badUserInput(`dueOn (${dueOn}) must be after startsOn (${startsOn}).`, 'dueOn');
    const ownerOrganisationId = await organisationOfPartnership(
      tx,
      'ownerOrganisationId',
      input.ownerOrganisationId,
      plan.partnershipId,
    );
    // Its event tells all the objective stores but its description and its latest value.
    const told = {
      planId: plan.id,
      partnershipId: plan.partnershipId,
      measure,
      baseline: input.baseline,
      target: input.target,
      ownerOrganisationId,
      startsOn,
      dueOn,
    };
    const objective = tx.create(ObjectiveEntity, { id: randomUUID(), ...told, description, latestValue: null });
    await tx.insert(ObjectiveEntity, objective);
    await enqueueEvent(tx, GovernanceEvents.ObjectiveAdded, objective.id, { objectiveId: objective.id, ...told });
    await recordAudit(tx, actor, { action: 'CREATE', entity: 'Objective', entityId: objective.id });
    return tx.findOneByOrFail(ObjectiveEntity, { id: objective.id });
  });
}

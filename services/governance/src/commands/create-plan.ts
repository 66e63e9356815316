import { randomUUID } from 'node:crypto';
import {
  badUserInput,
  enqueueEvent,
  GovernanceEvents,
  recordAudit,
  requireDate,
  requirePartnership,
  requireRole,
  requireText,
  RequestContext,
} from '@voicegraph/platform';
import { PlanKind } from '../domain/vocabulary';
import { PlanEntity } from '../entities';
import { governedOrganisation } from './references';

export interface CreatePlanInput {
  title: string;
  kind: PlanKind;
  organisationId?: string | null;
  periodStart: string;
  periodEnd: string;
  reviewOn: string;
}

export async function createPlan(ctx: RequestContext, input: CreatePlanInput): Promise<PlanEntity> {
  const actor = requireRole(ctx.actor, ['PARTICIPATION_LEAD', 'PARTNERSHIP_ADMIN'], 'create a plan');
  const partnershipId = requirePartnership(actor);
  const title = requireText('title', input.title, 200);
  const periodStart = requireDate('periodStart', input.periodStart);
  const periodEnd = requireDate('periodEnd', input.periodEnd);
  const reviewOn = requireDate('reviewOn', input.reviewOn);
  if (periodEnd < periodStart)
    throw badUserInput(`periodEnd (${periodEnd}) must not be before periodStart (${periodStart}).`, 'periodEnd');
  if (reviewOn < periodStart)
    throw badUserInput(
      `reviewOn (${reviewOn}) must not be before the plan's period starts (${periodStart}).`,
      'reviewOn',
    );
  return ctx.dataSource.transaction(async (tx) => {
    const organisationId = await governedOrganisation(tx, actor, partnershipId, input.organisationId, 'plans');
    // What the plan stores is what its event tells.
    const told = { partnershipId, organisationId, title, kind: input.kind, periodStart, periodEnd, reviewOn };
    const plan = tx.create(PlanEntity, { id: randomUUID(), ...told });
    await tx.insert(PlanEntity, plan);
    await enqueueEvent(tx, GovernanceEvents.PlanCreated, plan.id, { planId: plan.id, ...told });
    await recordAudit(tx, actor, { action: 'CREATE', entity: 'Plan', entityId: plan.id });
    return tx.findOneByOrFail(PlanEntity, { id: plan.id });
  });
}

import { randomUUID } from 'node:crypto';
import {
  badUserInput,
  calendarDate,
  enqueueEvent,
  forbidden,
  GovernanceEvents,
  hasRole,
  notFound,
  optionalText,
  recordAudit,
  RequestContext,
  requireActor,
  requireDate,
  requireUuid,
} from '@voicegraph/platform';
import { inPartnership } from '../domain/access';
import { objectiveStatus } from '../domain/objective-status';
import { ObjectiveEntity, ObjectiveProgressEntity } from '../entities';

export interface RecordObjectiveProgressInput {
  objectiveId: string;
  value: number;
  note?: string | null;
  recordedOn?: string | null;
}

/** Leads and admins of the partnership, or staff of the organisation that owns the objective. */
export async function recordObjectiveProgress(
  ctx: RequestContext,
  input: RecordObjectiveProgressInput,
): Promise<ObjectiveEntity> {
  const actor = requireActor(ctx.actor);
  const note = optionalText('note', input.note, 2000);
  const today = calendarDate();
  const recordedOn = input.recordedOn ? requireDate('recordedOn', input.recordedOn) : today;
  if (recordedOn > today)
    throw badUserInput(
      `recordedOn (${recordedOn}) is in the future; record progress once it is measured.`,
      'recordedOn',
    );
  if (!Number.isFinite(input.value)) throw badUserInput('value must be a number.', 'value');
  return ctx.dataSource.transaction(async (tx) => {
    const objectiveId = requireUuid('objectiveId', input.objectiveId);
    const objective = await tx.findOne(ObjectiveEntity, {
      where: { id: objectiveId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!objective || !inPartnership(actor, objective.partnershipId)) throw notFound('objective', objectiveId);
    const mayRecord =
      hasRole(actor, 'PARTICIPATION_LEAD', 'PARTNERSHIP_ADMIN') ||
      (hasRole(actor, 'PRACTITIONER') && actor.organisationIds.includes(objective.ownerOrganisationId));
    if (!mayRecord)
      throw forbidden(
        "Only participation leads, partnership admins or staff of the objective's owner organisation can record its progress.",
      );
    objective.latestValue = input.value;
    const status = objectiveStatus(objective, today);
    await tx.update(ObjectiveEntity, { id: objective.id }, { latestValue: input.value });
    const progress = tx.create(ObjectiveProgressEntity, {
      id: randomUUID(),
      objectiveId: objective.id,
      value: input.value,
      note,
      recordedOn,
      statusAfter: status,
    });
    await tx.insert(ObjectiveProgressEntity, progress);
    const saved = await tx.findOneByOrFail(ObjectiveProgressEntity, { id: progress.id });
    await enqueueEvent(tx, GovernanceEvents.ObjectiveProgressRecorded, objective.id, {
      objectiveId: objective.id,
      planId: objective.planId,
      partnershipId: objective.partnershipId,
      value: input.value,
      status,
      recordedAt: saved.createdAt.toISOString(),
    });
    await recordAudit(tx, actor, { action: 'RECORD_PROGRESS', entity: 'Objective', entityId: objective.id });
    return tx.findOneByOrFail(ObjectiveEntity, { id: objective.id });
  });
}

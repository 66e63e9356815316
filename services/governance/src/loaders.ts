import { byKey, groupByKey, RequestContext, rowsWhereIn } from '@voicegraph/platform';
import DataLoader from 'dataloader';
import {
  AgendaItemEntity,
  AttendanceEntity,
  DecisionEntity,
  DecisionEvidenceEntity,
  ForumEntity,
  PersonProjectionEntity,
  MeetingEntity,
  ObjectiveEntity,
  ObjectiveProgressEntity,
  PlanEntity,
  SeatEntity,
} from './entities';

type Entity = { new (): object };

/** A loader of rows by primary key: one query per entity type per request. */
function byId<T extends { id: string }>(ctx: RequestContext, entity: new () => T): DataLoader<string, T | null> {
  return ctx.loaders.get(entity.name, async (ids: readonly string[]) =>
    byKey(ids, (await rowsWhereIn(ctx.dataSource, entity as Entity, 'id' as never, ids)) as T[], (row) => row.id),
  );
}

/** A loader of child rows grouped by a parent key column, ordered as given. */
function childrenBy<T>(
  ctx: RequestContext,
  entity: new () => T,
  key: keyof T & string,
  order: Partial<Record<keyof T & string, 'ASC' | 'DESC'>>,
): DataLoader<string, T[]> {
  return ctx.loaders.get(`${entity.name}By${key}`, async (keys: readonly string[]) => {
    const rows = await rowsWhereIn(ctx.dataSource, entity as Entity, key as never, keys, order as never);
    return groupByKey(keys, rows as T[], (row) => row[key] as unknown as string);
  });
}

export const forumLoader = (ctx: RequestContext) => byId(ctx, ForumEntity);
export const seatLoader = (ctx: RequestContext) => byId(ctx, SeatEntity);
export const meetingLoader = (ctx: RequestContext) => byId(ctx, MeetingEntity);
export const agendaItemLoader = (ctx: RequestContext) => byId(ctx, AgendaItemEntity);
export const decisionLoader = (ctx: RequestContext) => byId(ctx, DecisionEntity);
export const planLoader = (ctx: RequestContext) => byId(ctx, PlanEntity);
export const objectiveLoader = (ctx: RequestContext) => byId(ctx, ObjectiveEntity);

export const seatsByForum = (ctx: RequestContext) =>
  childrenBy(ctx, SeatEntity, 'forumId', { createdAt: 'ASC', id: 'ASC' });
export const seatsByPerson = (ctx: RequestContext) =>
  childrenBy(ctx, SeatEntity, 'personId', { createdAt: 'ASC', id: 'ASC' });
export const agendaByMeeting = (ctx: RequestContext) =>
  childrenBy(ctx, AgendaItemEntity, 'meetingId', { position: 'ASC' });
export const attendanceByMeeting = (ctx: RequestContext) =>
  childrenBy(ctx, AttendanceEntity, 'meetingId', { createdAt: 'ASC', id: 'ASC' });
export const decisionsByMeeting = (ctx: RequestContext) =>
  childrenBy(ctx, DecisionEntity, 'meetingId', { createdAt: 'ASC', id: 'ASC' });
export const evidenceByDecision = (ctx: RequestContext) =>
  childrenBy(ctx, DecisionEvidenceEntity, 'decisionId', { findingId: 'ASC' });
export const objectivesByPlan = (ctx: RequestContext) =>
  childrenBy(ctx, ObjectiveEntity, 'planId', { createdAt: 'ASC', id: 'ASC' });
export const progressByObjective = (ctx: RequestContext) =>
  childrenBy(ctx, ObjectiveProgressEntity, 'objectiveId', { createdAt: 'DESC', id: 'DESC' });

export const knownPersonLoader = (ctx: RequestContext): DataLoader<string, PersonProjectionEntity | null> =>
  ctx.loaders.get('knownPerson', async (ids: readonly string[]) =>
    byKey(ids, await rowsWhereIn(ctx.dataSource, PersonProjectionEntity, 'personId', ids), (p) => p.personId),
  );

/**
 * Decisions citing findings, keyed by finding id or by consultation id, in the caller's
 * partnership, oldest first: one statement per batch (the evidence joined to its decisions).
 */
function decisionsCiting(
  ctx: RequestContext,
  column: 'findingId' | 'consultationId',
): DataLoader<string, DecisionEntity[]> {
  return ctx.loaders.get(`decisionsBy${column}`, async (keys: readonly string[]) => {
    const partnershipId = ctx.actor?.partnershipId;
    if (!partnershipId) return keys.map(() => []);
    const alias = 'DecisionEntity';
    const { entities, raw } = await ctx.dataSource
      .getRepository(DecisionEntity)
      .createQueryBuilder(alias)
      .innerJoin(DecisionEvidenceEntity, 'evidence', `evidence.decisionId = ${alias}.id`)
      .addSelect(`evidence.${column}`, 'evidence_key')
      .where(`evidence.${column} = ANY(:keys)`, { keys: [...new Set(keys)] })
      .andWhere(`${alias}.partnershipId = :partnershipId`, { partnershipId })
      .orderBy(`${alias}.createdAt`, 'ASC')
      .addOrderBy(`${alias}.id`, 'ASC')
      .getRawAndEntities<{ evidence_key: string; DecisionEntity_id: string }>();
    const byDecision = new Map(entities.map((d) => [d.id, d]));
    const pairs = raw.map((row) => ({ key: row.evidence_key, decision: byDecision.get(row.DecisionEntity_id)! }));
    return groupByKey(keys, pairs, (p) => p.key).map((list) => [
      ...new Map(list.map((p) => [p.decision.id, p.decision])).values(),
    ]);
  });
}

export const decisionsByFinding = (ctx: RequestContext) => decisionsCiting(ctx, 'findingId');
export const decisionsByConsultation = (ctx: RequestContext) => decisionsCiting(ctx, 'consultationId');

import { Actor, byKey, groupByKey, RequestContext, rowsWhereIn } from '@voicegraph/platform';
import DataLoader from 'dataloader';
import { Viewer } from './domain/access';
import {
  ConsultationEntity,
  ContributionEntity,
  FindingEntity,
  ParticipationEntity,
  PersonProjectionEntity,
  QuestionEntity,
} from './entities';

/** One query per entity type per request, whatever the page size. */
export const consultationLoader = (ctx: RequestContext): DataLoader<string, ConsultationEntity | null> =>
  ctx.loaders.get('consultation', async (ids: readonly string[]) =>
    byKey(ids, await rowsWhereIn(ctx.dataSource, ConsultationEntity, 'id', ids), (c) => c.id),
  );

export const questionLoader = (ctx: RequestContext): DataLoader<string, QuestionEntity | null> =>
  ctx.loaders.get('question', async (ids: readonly string[]) =>
    byKey(ids, await rowsWhereIn(ctx.dataSource, QuestionEntity, 'id', ids), (q) => q.id),
  );

export const participationLoader = (ctx: RequestContext): DataLoader<string, ParticipationEntity | null> =>
  ctx.loaders.get('participation', async (ids: readonly string[]) =>
    byKey(ids, await rowsWhereIn(ctx.dataSource, ParticipationEntity, 'id', ids), (p) => p.id),
  );

export const contributionLoader = (ctx: RequestContext): DataLoader<string, ContributionEntity | null> =>
  ctx.loaders.get('contribution', async (ids: readonly string[]) =>
    byKey(ids, await rowsWhereIn(ctx.dataSource, ContributionEntity, 'id', ids), (c) => c.id),
  );

export const findingLoader = (ctx: RequestContext): DataLoader<string, FindingEntity | null> =>
  ctx.loaders.get('finding', async (ids: readonly string[]) =>
    byKey(ids, await rowsWhereIn(ctx.dataSource, FindingEntity, 'id', ids), (f) => f.id),
  );

export const questionsByConsultationLoader = (ctx: RequestContext): DataLoader<string, QuestionEntity[]> =>
  ctx.loaders.get('questionsByConsultation', async (ids: readonly string[]) =>
    groupByKey(
      ids,
      await rowsWhereIn(ctx.dataSource, QuestionEntity, 'consultationId', ids, { position: 'ASC' }),
      (q) => q.consultationId,
    ),
  );

export const findingsByConsultationLoader = (ctx: RequestContext): DataLoader<string, FindingEntity[]> =>
  ctx.loaders.get('findingsByConsultation', async (ids: readonly string[]) =>
    groupByKey(
      ids,
      await rowsWhereIn(ctx.dataSource, FindingEntity, 'consultationId', ids, { createdAt: 'ASC', id: 'ASC' }),
      (f) => f.consultationId,
    ),
  );

/** Which of the given consultations the caller took part in (a participation or a contribution). */
export const tookPartLoader = (ctx: RequestContext, actor: Actor): DataLoader<string, boolean> =>
  ctx.loaders.get('tookPart', async (ids: readonly string[]) => {
    const rows: { consultation_id: string }[] = await ctx.dataSource.query(
      `SELECT consultation_id FROM consultations.participation WHERE person_id = $1 AND consultation_id = ANY($2::uuid[])
       UNION SELECT consultation_id FROM consultations.contribution WHERE person_id = $1 AND consultation_id = ANY($2::uuid[])`,
      [actor.personId, [...ids]],
    );
    const taken = new Set(rows.map((r) => r.consultation_id));
    return ids.map((id) => taken.has(id));
  });

/** People as the projection knows them, batched (one query per request). */
export const personProjectionLoader = (ctx: RequestContext): DataLoader<string, PersonProjectionEntity | null> =>
  ctx.loaders.get('viewer', async (ids: readonly string[]) =>
    byKey(ids, await rowsWhereIn(ctx.dataSource, PersonProjectionEntity, 'personId', ids), (p) => p.personId),
  );

/** The caller as the projection knows them (cohorts, age band), for targeting; unknown people match untargeted consultations only. */
export async function viewerOf(ctx: RequestContext, actor: Actor): Promise<Viewer> {
  const person = await personProjectionLoader(ctx).load(actor.personId);
  return person && person.partnershipId === actor.partnershipId
    ? { cohorts: person.cohorts, ageBand: person.ageBand }
    : { cohorts: [], ageBand: 'UNKNOWN' };
}

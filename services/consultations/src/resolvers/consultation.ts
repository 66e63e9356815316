import {
  childPages,
  forbidden,
  hasRole,
  PageArgs,
  requireActor,
  RequestContext,
  thresholdLoader,
} from '@voicegraph/platform';
import { EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { canManage } from '../domain/access';
import { findingContributionCount } from '../domain/analytics';
import { approachOf } from '../domain/consultation-rules';
import {
  ConsultationEntity,
  ContributionEntity,
  FindingEntity,
  ParticipationEntity,
  QuestionEntity,
} from '../entities';
import {
  contributionLoader,
  findingLoader,
  findingsByConsultationLoader,
  questionLoader,
  questionsByConsultationLoader,
} from '../loaders';
import { readableContribution } from './contribution';
import { consultationOf, seeConsultation } from './visibility';

/**
 * Managers see every row; a young person only their own; anyone else is refused. Pages for all
 * consultations on a page come from one batched query per scope (childPages), never one per row.
 */
function ownOrManaged<T extends ObjectLiteral & { id: string; createdAt: Date }>(
  ctx: RequestContext,
  entity: EntityTarget<T>,
  consultation: ConsultationEntity,
  what: string,
  args: PageArgs,
) {
  const actor = requireActor(ctx.actor);
  if (canManage(actor, consultation))
    return childPages(ctx, { name: `${what}:managed`, entity, parentProperty: 'consultationId' }, args).load(
      consultation.id,
    );
  if (hasRole(actor, 'YOUNG_PERSON')) {
    const scope = (qb: SelectQueryBuilder<T>) => qb.andWhere('child.personId = :self', { self: actor.personId });
    return childPages(ctx, { name: `${what}:own`, entity, parentProperty: 'consultationId', scope }, args).load(
      consultation.id,
    );
  }
  throw forbidden(
    `Only staff of the lead or a partner organisation of this consultation may see its ${what}; analysts see aggregate figures only.`,
  );
}

export const Consultation = {
  __resolveReference: (ref: { id: string }, ctx: RequestContext) => seeConsultation(ctx, ref.id),
  approach: (c: ConsultationEntity) => approachOf(c.ladderLevel),
  leadOrganisation: (c: ConsultationEntity) => ({ id: c.leadOrganisationId }),
  partnerOrganisations: (c: ConsultationEntity) => c.partnerOrganisationIds.map((id) => ({ id })),
  questions: (c: ConsultationEntity, _: unknown, ctx: RequestContext) => questionsByConsultationLoader(ctx).load(c.id),
  findings: (c: ConsultationEntity, _: unknown, ctx: RequestContext) => findingsByConsultationLoader(ctx).load(c.id),
  participations: (c: ConsultationEntity, args: PageArgs, ctx: RequestContext) =>
    ownOrManaged(ctx, ParticipationEntity, c, 'participations', args),
  contributions: (c: ConsultationEntity, args: PageArgs, ctx: RequestContext) =>
    ownOrManaged(ctx, ContributionEntity, c, 'contributions', args),
};

export const Question = {
  async __resolveReference(ref: { id: string }, ctx: RequestContext) {
    const question = await questionLoader(ctx).load(ref.id);
    return question && (await seeConsultation(ctx, question.consultationId)) ? question : null;
  },
  consultation: (q: QuestionEntity, _: unknown, ctx: RequestContext) => consultationOf(ctx, q.consultationId),
};

export const Finding = {
  async __resolveReference(ref: { id: string }, ctx: RequestContext) {
    const finding = await findingLoader(ctx).load(ref.id);
    return finding && (await seeConsultation(ctx, finding.consultationId)) ? finding : null;
  },
  consultation: (f: FindingEntity, _: unknown, ctx: RequestContext) => consultationOf(ctx, f.consultationId),
  /**
   * Exact for staff who can read the contributions; disclosure-controlled for anyone else (analysts,
   * young people) by the young people who wrote them (findingContributionCount). Null means
   * suppressed, so a caller who may not see the consultation is refused.
   */
  async contributionCount(f: FindingEntity, _: unknown, ctx: RequestContext) {
    const consultation = await consultationOf(ctx, f.consultationId);
    if (ctx.actor && canManage(ctx.actor, consultation)) return f.contributionIds.length;
    const [rows, threshold] = await Promise.all([
      contributionLoader(ctx).loadMany(f.contributionIds),
      thresholdLoader(ctx, 'consultations').load(consultation.partnershipId),
    ]);
    const authors = rows.map((row) => (row && !(row instanceof Error) ? row.personId : null));
    return findingContributionCount(authors, threshold);
  },
  async contributions(f: FindingEntity, _: unknown, ctx: RequestContext) {
    const rows = await contributionLoader(ctx).loadMany(f.contributionIds);
    const readable = await Promise.all(
      rows.map((row) => (row && !(row instanceof Error) ? readableContribution(ctx, row) : null)),
    );
    return readable.filter((row): row is ContributionEntity => row !== null);
  },
};

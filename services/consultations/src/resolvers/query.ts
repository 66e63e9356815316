import {
  isUuid,
  keysetPage,
  notFound,
  PageArgs,
  requireActor,
  requireUuid,
  RequestContext,
  selectsField,
} from '@voicegraph/platform';
import type { GraphQLResolveInfo } from 'graphql';
import { SelectQueryBuilder } from 'typeorm';
import { ConsultationEntity } from '../entities';
import { consultationLoader } from '../loaders';
import { seeConsultation, visibleConsultations } from './visibility';

export interface ConsultationFilter {
  status?: string | null;
  organisationId?: string | null;
  ladderLevel?: string | null;
  context?: string | null;
  cohort?: string | null;
  theme?: string | null;
  from?: Date | null;
  to?: Date | null;
}

export const Query = {
  async consultation(_: unknown, { id }: { id: string }, ctx: RequestContext) {
    requireActor(ctx.actor);
    const consultation = isUuid(id) ? await seeConsultation(ctx, id.toLowerCase()) : null;
    if (!consultation) throw notFound('consultation', id);
    return consultation;
  },

  async consultations(
    _: unknown,
    args: PageArgs & { filter?: ConsultationFilter | null },
    ctx: RequestContext,
    info: GraphQLResolveInfo,
  ) {
    const actor = requireActor(ctx.actor);
    const qb = applyFilter(await visibleConsultations(ctx, actor), args.filter);
    const page = await keysetPage(qb, args, 'ASC', selectsField(info, 'totalCount'));
    // The page's rows are what the consultation loader would read again for the same ids (a
    // finding's or contribution's consultation, for the access rule): one statement fewer.
    const loader = consultationLoader(ctx);
    for (const { node } of page.edges) loader.prime(node.id, node);
    return page;
  },
};

/** Narrows a consultations query by the filter; every given condition must hold. */
export function applyFilter(
  qb: SelectQueryBuilder<ConsultationEntity>,
  filter: ConsultationFilter | null | undefined,
): SelectQueryBuilder<ConsultationEntity> {
  if (!filter) return qb;
  if (filter.status) qb.andWhere('consultation.status = :status', { status: filter.status });
  if (filter.organisationId) {
    const organisationId = requireUuid('filter.organisationId', filter.organisationId);
    qb.andWhere(
      '(consultation.leadOrganisationId = :organisationId OR :organisationId = ANY(consultation.partnerOrganisationIds))',
      { organisationId },
    );
  }
  if (filter.ladderLevel) qb.andWhere('consultation.ladderLevel = :ladderLevel', { ladderLevel: filter.ladderLevel });
  if (filter.context) qb.andWhere('consultation.context = :context', { context: filter.context });
  if (filter.cohort) qb.andWhere(':cohort = ANY(consultation.targetCohorts)', { cohort: filter.cohort });
  if (filter.theme) qb.andWhere(':theme = ANY(consultation.themes)', { theme: filter.theme.trim().toLowerCase() });
  // A window with no planned start or end is open-ended on that side.
  if (filter.from)
    qb.andWhere('(consultation.closesAt IS NULL OR consultation.closesAt >= :from)', { from: filter.from });
  if (filter.to) qb.andWhere('(consultation.opensAt IS NULL OR consultation.opensAt < :to)', { to: filter.to });
  return qb;
}

import {
  AnalyticsPeriod,
  calendarDate,
  hasRole,
  keysetPage,
  PageArgs,
  RequestContext,
  requirePartnership,
  requireRole,
  requireUuid,
  requireWholeMonths,
} from '@voicegraph/platform';
import { Brackets } from 'typeorm';
import { ConsultationProjectionEntity, FeedbackObligationEntity, OutcomeEntity } from '../entities';

/** The public board's arguments: a partnership, a page, an order and optionally a period. */
interface BoardArgs extends PageArgs {
  partnershipId: string;
  order?: 'OLDEST_FIRST' | 'NEWEST_FIRST' | null;
  recordedIn?: AnalyticsPeriod | null;
}

export const Query = {
  /** The public board: anyone, no token needed; the entry type carries no personal data. */
  youSaidWeDid(_: unknown, args: BoardArgs, ctx: RequestContext) {
    const partnershipId = requireUuid('partnershipId', args.partnershipId);
    const qb = ctx.dataSource
      .getRepository(OutcomeEntity)
      .createQueryBuilder('outcome')
      .where('outcome.partnershipId = :partnershipId AND outcome.published', { partnershipId });
    if (args.recordedIn) {
      const period = requireWholeMonths('recordedIn', args.recordedIn);
      qb.andWhere('outcome.createdAt >= :start AND outcome.createdAt < :end', {
        start: period.start,
        end: period.endExclusive,
      });
    }
    return keysetPage(qb, args, args.order === 'NEWEST_FIRST' ? 'DESC' : 'ASC');
  },

  overdueFeedback(_: unknown, args: PageArgs, ctx: RequestContext) {
    const actor = requireRole(
      ctx.actor,
      ['PRACTITIONER', 'PARTICIPATION_LEAD', 'PARTNERSHIP_ADMIN', 'ANALYST'],
      'see overdue feedback',
    );
    const partnershipId = requirePartnership(actor);
    const qb = ctx.dataSource
      .getRepository(FeedbackObligationEntity)
      .createQueryBuilder('obligation')
      .where('obligation.partnershipId = :partnershipId', { partnershipId })
      .andWhere(
        new Brackets((w) => {
          w.where("obligation.status = 'OVERDUE'").orWhere("obligation.status = 'OPEN' AND obligation.dueOn < :today", {
            today: calendarDate(),
          });
        }),
      );
    if (!hasRole(actor, 'PARTNERSHIP_ADMIN', 'ANALYST')) {
      qb.innerJoin(
        ConsultationProjectionEntity,
        'consultation',
        'consultation.id = obligation.consultationId',
      ).andWhere(
        '(consultation.leadOrganisationId = ANY(:orgs::uuid[]) OR consultation.partnerOrganisationIds && :orgs::uuid[])',
        { orgs: actor.organisationIds },
      );
    }
    return keysetPage(qb, args);
  },
};

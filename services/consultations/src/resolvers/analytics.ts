import {
  AnalyticsArgs,
  AnalyticsPeriod,
  EntityRef,
  entityReference,
  RequestContext,
  requireAnalyticsAccess,
  requireWholeMonths,
  suppressionThresholdOf,
  validateAnalyticsFilter,
} from '@voicegraph/platform';
import { ReachCaches } from '../analytics/reach-cache';
import {
  countConsultations,
  countReach,
  countRegistered,
  organisationsOfPartnership,
} from '../analytics/participation-figures';
import { AGE_BANDS, COHORTS, consultationFigures, ladderShift, publishReach } from '../domain/analytics';

type ParticipationAnalyticsArgs = AnalyticsArgs & { comparedWith?: AnalyticsPeriod | null };

const organisation = (id: string) => ({ __typename: 'Organisation', id });

/** People's Partnership, extended with participation analytics: aggregates only, through disclosure control. */
export const partnershipResolvers = (reachCaches: ReachCaches) => ({
  __resolveReference: entityReference,

  async participationAnalytics(partnership: EntityRef, args: ParticipationAnalyticsArgs, ctx: RequestContext) {
    requireAnalyticsAccess(ctx.actor, partnership.id);
    const period = requireWholeMonths('period', args.period);
    const compared = args.comparedWith ? requireWholeMonths('comparedWith', args.comparedWith) : null;
    const filter = validateAnalyticsFilter(args.filter);
    const db = ctx.dataSource;
    const narrowed = Object.values(filter).some((condition) => condition !== null);
    const [threshold, consultations, comparedConsultations, reach, registered, organisations, whole, wholeRegistered] =
      await Promise.all([
        suppressionThresholdOf(db, 'consultations', partnership.id),
        countConsultations(db, partnership.id, period, filter),
        compared ? countConsultations(db, partnership.id, compared, filter) : null,
        countReach(db, reachCaches.for(db), partnership.id, period, filter),
        countRegistered(db, partnership.id, filter),
        filter.organisationIds
          ? Promise.resolve(filter.organisationIds)
          : organisationsOfPartnership(db, partnership.id),
        narrowed ? countReach(db, reachCaches.for(db), partnership.id, period, validateAnalyticsFilter(null)) : null,
        narrowed ? countRegistered(db, partnership.id, validateAnalyticsFilter(null)) : null,
      ]);
    // The whole partnership's young people that period, for what the filter leaves out.
    const population = (r: { byAgeBand: Map<unknown, { people: number }> }) =>
      [...r.byAgeBand.values()].reduce((sum, row) => sum + row.people, 0);
    const figures = consultationFigures(consultations.rows, consultations.byOrganisation);
    const published = publishReach({
      threshold,
      ...reach,
      registeredByCohort: registered.byCohort,
      registeredTotal: registered.total,
      ageBands: filter.ageBands ?? AGE_BANDS,
      cohorts: filter.cohorts ?? COHORTS,
      organisationIds: organisations,
      leftOut: whole ? population(whole) - population(reach) : 0,
      whole:
        whole && wholeRegistered
          ? { ...whole, registeredByCohort: wholeRegistered.byCohort, registeredTotal: wholeRegistered.total }
          : null,
    });
    return {
      period: { from: period.from, to: period.to },
      suppressionThreshold: threshold,
      consultations: {
        total: figures.total,
        byLadderLevel: figures.byLadderLevel.map((c) => ({ ladderLevel: c.key, count: c.count, share: c.share })),
        byApproach: figures.byApproach.map((c) => ({ approach: c.key, count: c.count, share: c.share })),
        byContext: figures.byContext.map((c) => ({ context: c.key, count: c.count, share: c.share })),
        byMode: figures.byMode.map((c) => ({ mode: c.key, count: c.count, share: c.share })),
        byOrganisation: figures.byOrganisation.map((c) => ({
          organisation: organisation(c.key),
          count: c.count,
          share: c.share,
        })),
      },
      ladderShift: comparedConsultations ? ladderShift(consultations.rows, comparedConsultations.rows) : null,
      youngPeople: published.youngPeople,
      contributions: published.contributions,
      registeredYoungPeople: published.registeredYoungPeople,
      byAgeBand: published.byAgeBand.map(({ key, ...cell }) => ({ ageBand: key, ...cell })),
      byOrganisation: published.byOrganisation.map(({ key, ...cell }) => ({
        organisation: organisation(key),
        ...cell,
      })),
      byCohort: published.byCohort.map(({ key, ...cell }) => ({ cohort: key, ...cell })),
    };
  },
});

import {
  AnalyticsArgs,
  calendarDate,
  EntityRef,
  entityReference,
  organisationAnalyticsRequest,
  RequestContext,
  suppressionThresholdOf,
} from '@voicegraph/platform';
import { countDecisions, countObjectiveCourses, countPlans, countSeats } from '../analytics/governance-figures';
import { decisionFigures, objectiveFigures, seatFigures } from '../domain/analytics';

/** People's Partnership, extended with governance analytics: aggregates only, through disclosure control. */
export const Partnership = {
  __resolveReference: entityReference,

  async governanceAnalytics(partnership: EntityRef, args: AnalyticsArgs, ctx: RequestContext) {
    const { period, organisationIds } = organisationAnalyticsRequest(ctx, partnership.id, args, {
      name: 'Governance figures',
      field: 'governanceAnalytics',
    });
    const today = calendarDate();
    const db = ctx.dataSource;
    const [threshold, decisions, seats, wholeSeats, courses, plans] = await Promise.all([
      suppressionThresholdOf(db, 'governance', partnership.id),
      countDecisions(db, partnership.id, organisationIds, period),
      countSeats(db, partnership.id, organisationIds, period),
      // The whole partnership's seats, for what an organisation filter leaves out.
      organisationIds ? countSeats(db, partnership.id, null, period) : null,
      countObjectiveCourses(db, partnership.id, organisationIds, period),
      countPlans(db, partnership.id, organisationIds, period, today),
    ]);
    return {
      period: { from: period.from, to: period.to },
      suppressionThreshold: threshold,
      decisions: decisionFigures(decisions),
      seats: seatFigures(seats, threshold, wholeSeats),
      objectives: objectiveFigures(courses, today),
      plans,
    };
  },
};

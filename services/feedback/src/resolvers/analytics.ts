import {
  AnalyticsFilterInput,
  AnalyticsPeriod,
  calendarDate,
  isolatesFewByDifference,
  isUuid,
  monthSlices,
  RequestContext,
  requireAnalyticsAccess,
  requireWholeMonths,
  suppressionThresholdOf,
  validateOrganisationFilter,
} from '@voicegraph/platform';
import { countObligations, countOutcomes, countVoiceChecks, voiceCheckMonths } from '../analytics/feedback-figures';
import { obligationFigures, outcomeFigures, voiceCheckFigures } from '../domain/analytics';

type Ref = { id: string };
interface AnalyticsArgs {
  period: AnalyticsPeriod;
  filter?: AnalyticsFilterInput | null;
}

/** People's Partnership, extended with feedback analytics: aggregates only, through disclosure control. */
export const Partnership = {
  __resolveReference: (ref: Ref) => (isUuid(ref.id) ? { id: ref.id.toLowerCase() } : null),

  async feedbackAnalytics(partnership: Ref, args: AnalyticsArgs, ctx: RequestContext) {
    requireAnalyticsAccess(ctx.actor, partnership.id);
    const period = requireWholeMonths('period', args.period);
    const { organisationIds } = validateOrganisationFilter(args.filter, {
      name: 'Feedback figures',
      field: 'feedbackAnalytics',
    });
    const db = ctx.dataSource;
    const [threshold, obligations, outcomes, voiceChecks, months] = await Promise.all([
      suppressionThresholdOf(db, 'feedback', partnership.id),
      countObligations(db, partnership.id, organisationIds, period, calendarDate()),
      countOutcomes(db, partnership.id, organisationIds, period),
      countVoiceChecks(db, partnership.id, organisationIds, period),
      voiceCheckMonths(db, partnership.id, organisationIds, period),
    ]);
    const differencing = isolatesFewByDifference(monthSlices(months, organisationIds), threshold);
    return {
      period: { from: period.from, to: period.to },
      suppressionThreshold: threshold,
      obligations: obligationFigures(obligations, threshold),
      outcomes: outcomeFigures(outcomes),
      voiceChecks: voiceCheckFigures(voiceChecks, threshold, differencing),
    };
  },
};

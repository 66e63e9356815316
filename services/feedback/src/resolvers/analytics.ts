import {
  AnalyticsArgs,
  calendarDate,
  EntityRef,
  entityReference,
  isolatesFewByDifference,
  monthSlices,
  organisationAnalyticsRequest,
  RequestContext,
  suppressionThresholdOf,
} from '@voicegraph/platform';
import { countObligations, countOutcomes, countVoiceChecks, voiceCheckMonths } from '../analytics/feedback-figures';
import { obligationFigures, outcomeFigures, voiceCheckFigures } from '../domain/analytics';

/** People's Partnership, extended with feedback analytics: aggregates only, through disclosure control. */
export const Partnership = {
  __resolveReference: entityReference,

  async feedbackAnalytics(partnership: EntityRef, args: AnalyticsArgs, ctx: RequestContext) {
    const { period, organisationIds } = organisationAnalyticsRequest(ctx, partnership.id, args, {
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

import {
  entityReference,
  isolatesFewByDifference,
  monthSlices,
  organisationAnalyticsField,
  OrganisationAnalyticsScope,
} from '@voicegraph/platform';
import { countObligations, countOutcomes, countVoiceChecks, voiceCheckMonths } from '../analytics/feedback-figures';
import { obligationFigures, outcomeFigures, voiceCheckFigures } from '../domain/analytics';

const count = ({ db, partnershipId, organisationIds, period, today }: OrganisationAnalyticsScope) =>
  Promise.all([
    countObligations(db, partnershipId, organisationIds, period, today),
    countOutcomes(db, partnershipId, organisationIds, period),
    countVoiceChecks(db, partnershipId, organisationIds, period),
    voiceCheckMonths(db, partnershipId, organisationIds, period),
  ]);

/** People's Partnership, extended with feedback analytics: aggregates only, through disclosure control. */
export const Partnership = {
  __resolveReference: entityReference,

  feedbackAnalytics: organisationAnalyticsField(
    { schema: 'feedback', name: 'Feedback figures', field: 'feedbackAnalytics' },
    count,
    ([obligations, outcomes, voiceChecks, months], threshold, { organisationIds }) => ({
      obligations: obligationFigures(obligations, threshold),
      outcomes: outcomeFigures(outcomes),
      voiceChecks: voiceCheckFigures(
        voiceChecks,
        threshold,
        isolatesFewByDifference(monthSlices(months, organisationIds), threshold),
      ),
    }),
  ),
};

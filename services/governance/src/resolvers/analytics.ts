import { entityReference, organisationAnalyticsField, OrganisationAnalyticsScope } from '@voicegraph/platform';
import { countDecisions, countObjectiveCourses, countPlans, countSeats } from '../analytics/governance-figures';
import { decisionFigures, objectiveFigures, seatFigures } from '../domain/analytics';

const count = ({ db, partnershipId, organisationIds, period, today }: OrganisationAnalyticsScope) =>
  Promise.all([
    countDecisions(db, partnershipId, organisationIds, period),
    countSeats(db, partnershipId, organisationIds, period),
    // The whole partnership's seats, for what an organisation filter leaves out.
    organisationIds ? countSeats(db, partnershipId, null, period) : null,
    countObjectiveCourses(db, partnershipId, organisationIds, period),
    countPlans(db, partnershipId, organisationIds, period, today),
  ]);

/** People's Partnership, extended with governance analytics: aggregates only, through disclosure control. */
export const Partnership = {
  __resolveReference: entityReference,

  governanceAnalytics: organisationAnalyticsField(
    { schema: 'governance', name: 'Governance figures', field: 'governanceAnalytics' },
    count,
    ([decisions, seats, wholeSeats, courses, plans], threshold, { today }) => ({
      decisions: decisionFigures(decisions),
      seats: seatFigures(seats, threshold, wholeSeats),
      objectives: objectiveFigures(courses, today),
      plans,
    }),
  ),
};

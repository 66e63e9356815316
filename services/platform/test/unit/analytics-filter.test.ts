import { validateAnalyticsFilter, validateOrganisationFilter } from '../../src/analytics/analytics-filter';

const ORG = 'b0000000-0000-4000-8000-000000000001';
const governance = { name: 'Governance figures', field: 'governanceAnalytics' };

describe('the analytics filter', () => {
  it('checks every condition and treats empty lists as no narrowing', () => {
    expect(validateAnalyticsFilter(null)).toEqual({
      organisationIds: null,
      cohorts: null,
      ageBands: null,
      context: null,
    });
    expect(validateAnalyticsFilter({ organisationIds: [], cohorts: ['SEND', 'SEND'], context: 'SOCIAL' })).toEqual({
      organisationIds: null,
      cohorts: ['SEND'],
      ageBands: null,
      context: 'SOCIAL',
    });
    expect(() => validateAnalyticsFilter({ organisationIds: ['not-a-uuid'] })).toThrow(
      /filter.organisationIds must be a UUID/,
    );
  });

  it('narrows figures without young people by organisation only, without duplicates', () => {
    expect(validateOrganisationFilter({ organisationIds: [ORG, ORG.toUpperCase()] }, governance)).toEqual({
      organisationIds: [ORG],
    });
    expect(validateOrganisationFilter(undefined, governance)).toEqual({ organisationIds: null });
    expect(validateOrganisationFilter({ organisationIds: [], cohorts: [], ageBands: null }, governance)).toEqual({
      organisationIds: null,
    });
  });

  it('refuses cohorts, age bands and context where the figures cannot honour them, naming the field', () => {
    expect(() => validateOrganisationFilter({ cohorts: ['SEND'], context: 'SOCIAL' }, governance)).toThrow(
      'Governance figures can be narrowed by organisationIds only, not by cohorts or context; ask for governanceAnalytics without them.',
    );
    expect(() =>
      validateOrganisationFilter(
        { ageBands: ['AGE_8_TO_10'] },
        { name: 'Feedback figures', field: 'feedbackAnalytics' },
      ),
    ).toThrow(/Feedback figures .* not by ageBands; ask for feedbackAnalytics/);
    expect(() => validateOrganisationFilter({ organisationIds: ['org-a'] }, governance)).toThrow(
      /filter.organisationIds/,
    );
  });
});

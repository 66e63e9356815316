import { organisationAnalyticsRequest } from '../../src/analytics/analytics-request';
import { Actor } from '../../src/auth/actor';
import type { RequestContext } from '../../src/server/context';

const ORG = 'b0000000-0000-4000-8000-000000000001';
const figures = { name: 'Governance figures', field: 'governanceAnalytics' };
const february = { from: '2024-02-01', to: '2024-02-29' };
const asking = (roles: Actor['roles'], partnershipId = 'p1') =>
  ({ actor: { personId: 'x', roles, partnershipId, organisationIds: [] } }) as unknown as RequestContext;
const codeOf = (run: () => unknown): unknown => {
  try {
    run();
  } catch (error) {
    return (error as { extensions?: { code?: string } }).extensions?.code;
  }
  return 'no error';
};

describe('an organisation-level analytics request', () => {
  it('gives the whole-month period and the organisations it narrows to', () => {
    const request = organisationAnalyticsRequest(
      asking(['ANALYST']),
      'p1',
      { period: february, filter: { organisationIds: [ORG.toUpperCase()] } },
      figures,
    );
    expect(request.period.endExclusive.toISOString()).toBe('2024-03-01T00:00:00.000Z');
    expect(request.organisationIds).toEqual([ORG]);
  });

  it('refuses a caller who may not ask before it looks at what they asked', () => {
    const badPeriod = { period: { from: '2024-02-02', to: '2024-02-29' } };
    expect(codeOf(() => organisationAnalyticsRequest(asking(['PRACTITIONER']), 'p1', badPeriod, figures))).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(() => organisationAnalyticsRequest(asking(['ANALYST'], 'p2'), 'p1', badPeriod, figures))).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(() => organisationAnalyticsRequest(asking(['ANALYST']), 'p1', badPeriod, figures))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('refuses conditions its figures cannot apply, naming the field', () => {
    expect(() =>
      organisationAnalyticsRequest(
        asking(['ANALYST']),
        'p1',
        { period: february, filter: { cohorts: ['SEND'] } },
        figures,
      ),
    ).toThrow(/Governance figures can be narrowed by organisationIds only.*governanceAnalytics/);
  });
});

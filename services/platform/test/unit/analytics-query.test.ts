import { Actor } from '../../src/auth/actor';
import {
  countBeyondItsPeople,
  publishActivity,
  publishedShare,
  publishPeopleCount,
  publishPeopleOverlapping,
  publishPeoplePartition,
  requireAnalyticsAccess,
  requireWholeMonths,
  roundPeople,
} from '../../src/analytics/analytics-query';
import { organisationAnalyticsRequest } from '../../src/analytics/analytics-request';
import type { RequestContext } from '../../src/server/context';
import { codeOf } from '@voicegraph/testkit/thrown-code';

const W = { value: null, suppressed: true };
const n = (value: number) => ({ value, suppressed: false });
const actor = (roles: Actor['roles'], partnershipId: string | null = 'p1'): Actor => ({
  personId: 'x',
  roles,
  partnershipId,
  organisationIds: [],
});

describe('analytics queries: access, whole months, rounding', () => {
  it('lets analysts, participation leads and admins of the partnership in, and no one else', () => {
    for (const role of ['ANALYST', 'PARTICIPATION_LEAD', 'PARTNERSHIP_ADMIN'] as const)
      expect(requireAnalyticsAccess(actor([role]), 'p1').roles).toEqual([role]);
    expect(codeOf(() => requireAnalyticsAccess(actor(['PRACTITIONER']), 'p1'))).toBe('FORBIDDEN');
    expect(codeOf(() => requireAnalyticsAccess(actor(['YOUNG_PERSON']), 'p1'))).toBe('FORBIDDEN');
    expect(codeOf(() => requireAnalyticsAccess(actor(['ANALYST'], 'p2'), 'p1'))).toBe('FORBIDDEN');
    expect(codeOf(() => requireAnalyticsAccess(null, 'p1'))).toBe('UNAUTHENTICATED');
  });

  it('takes whole calendar months only', () => {
    const period = requireWholeMonths('period', { from: '2024-02-01', to: '2024-02-29' });
    expect(period.start.toISOString()).toBe('2024-02-01T00:00:00.000Z');
    expect(period.endExclusive.toISOString()).toBe('2024-03-01T00:00:00.000Z');
    expect(requireWholeMonths('period', { from: '2025-01-01', to: '2025-12-31' }).endExclusive.toISOString()).toBe(
      '2026-01-01T00:00:00.000Z',
    );
    expect(codeOf(() => requireWholeMonths('period', { from: '2024-02-02', to: '2024-02-29' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => requireWholeMonths('period', { from: '2024-02-01', to: '2024-02-28' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => requireWholeMonths('period', { from: '2024-03-01', to: '2024-02-29' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => requireWholeMonths('period', { from: '2024-02-30', to: '2024-03-31' }))).toBe('BAD_USER_INPUT');
  });

  it('rounds shown counts of people to the nearest 5 and leaves 0 and withheld counts alone', () => {
    expect([0, 6, 7, 8, 12, 13, 15].map((count) => publishPeopleCount(count, 5).value)).toEqual([
      0, 5, 5, 10, 10, 15, 15,
    ]);
    expect(publishPeopleCount(4, 5)).toEqual(W);
    expect(roundPeople(W)).toEqual(W);
  });

  it('suppresses partitions on exact counts, then rounds', () => {
    const b = publishPeoplePartition(
      [
        { key: 'A', count: 8 },
        { key: 'B', count: 5 },
        { key: 'C', count: 2 },
      ],
      5,
    );
    expect(b.total).toEqual(n(15));
    expect(b.cells.map((c) => c.count)).toEqual([n(10), W, W]);
  });

  it('no two partitions that differ by one person in a withheld cell publish differently (differencing)', () => {
    for (let a = 0; a <= 20; a += 1)
      for (let b = 1; b <= 4; b += 1) {
        const before = publishPeoplePartition(
          [
            { key: 'A', count: a },
            { key: 'B', count: b },
            { key: 'C', count: 9 },
          ],
          5,
        );
        const after = publishPeoplePartition(
          [
            { key: 'A', count: a },
            { key: 'B', count: b + 1 },
            { key: 'C', count: 9 },
          ],
          5,
        );
        // The withheld cell stays withheld; the total may move only between multiples of 5.
        expect(after.cells[1].count).toEqual(W);
        expect(before.total.suppressed || before.total.value! % 5 === 0).toBe(true);
      }
  });

  it('protects overlapping cells and rounds them', () => {
    expect(
      publishPeopleOverlapping(
        [
          { key: 'SEND', count: 7 },
          { key: 'CIC', count: 14 },
        ],
        15,
        5,
      ).map((c) => c.count),
    ).toEqual([n(5), W]);
  });

  it('publishes activity only behind a published count of people, and shares from published figures', () => {
    expect(publishActivity(12, n(10))).toEqual(n(10));
    expect(publishActivity(12, W)).toEqual(W);
    expect(publishedShare(n(5), n(20))).toEqual(n(0.25));
    expect(publishedShare(W, n(20))).toEqual(W);
    expect(publishedShare(n(5), n(0))).toEqual(W);
  });

  it('a per-record count of people is null from 1 to the threshold and rounded to 5 for those who cannot see the people', () => {
    expect([0, 1, 3, 5, 6, 8, 13].map((count) => countBeyondItsPeople(count, 5))).toEqual([
      0,
      null,
      null,
      null,
      5,
      10,
      15,
    ]);
    expect(countBeyondItsPeople(9, 10)).toBeNull();
  });
});

describe('an organisation-level analytics request (governance, feedback)', () => {
  const ORG = 'b0000000-0000-4000-8000-000000000001';
  const figures = { name: 'Governance figures', field: 'governanceAnalytics' };
  const february = { from: '2024-02-01', to: '2024-02-29' };
  const asking = (roles: Actor['roles'], partnershipId = 'p1') =>
    ({ actor: actor(roles, partnershipId) }) as unknown as RequestContext;

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
    const ask = (ctx: RequestContext) => () => organisationAnalyticsRequest(ctx, 'p1', badPeriod, figures);
    expect(codeOf(ask(asking(['PRACTITIONER'])))).toBe('FORBIDDEN');
    expect(codeOf(ask(asking(['ANALYST'], 'p2')))).toBe('FORBIDDEN');
    expect(codeOf(ask(asking(['ANALYST'])))).toBe('BAD_USER_INPUT');
  });

  it('refuses conditions its figures cannot apply, naming the field', () => {
    const request = { period: february, filter: { cohorts: ['SEND' as const] } };
    expect(() => organisationAnalyticsRequest(asking(['ANALYST']), 'p1', request, figures)).toThrow(
      /Governance figures can be narrowed by organisationIds only.*governanceAnalytics/,
    );
  });
});

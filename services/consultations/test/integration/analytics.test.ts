import { randomUUID } from 'node:crypto';
import {
  AnyData,
  codes,
  foundPartnership,
  gql,
  months,
  ok,
  registerStaff,
  waitFor,
  waitUntilKnown,
} from '@voicegraph/testkit';
import { AnalyticsWorld, buildAnalyticsWorld, PARTICIPATION_ANALYTICS, youngPersonToken } from './analytics-fixture';
import { PARTICIPATE } from './fixture';

const W = { value: null, suppressed: true };
const n = (value: number) => ({ value, suppressed: false });

describe('participation analytics (real people and consultations, threshold 5, rounding to 5)', () => {
  let world: AnalyticsWorld;
  let analyst: string;
  const { current, previous, both } = months();

  beforeAll(async () => {
    world = await buildAnalyticsWorld();
    analyst = world.tokens.analyst;
  });
  afterAll(async () => {
    await world?.stack.stop();
  });

  const ask = async (
    period: { from: string; to: string },
    filter?: Record<string, unknown>,
    comparedWith?: { from: string; to: string },
    token = analyst,
  ) => gql(world.gateway, PARTICIPATION_ANALYTICS, { id: world.partnershipId, period, filter, comparedWith }, token);
  const figures = async (
    period: { from: string; to: string },
    filter?: Record<string, unknown>,
    comparedWith?: { from: string; to: string },
  ): Promise<AnyData> => ok(await ask(period, filter, comparedWith)).partnership.participationAnalytics;
  const cell = (list: AnyData[], key: string, value: string): AnyData =>
    list.find((c) => (key === 'organisation' ? c.organisation.id : c[key]) === value) ?? {};

  it("counts this month's consultations by ladder level, approach, context, mode and organisation, and the shift from last month", async () => {
    const f = await figures(current, undefined, previous);
    expect(f.period).toEqual(current);
    expect(f.suppressionThreshold).toBe(5);
    expect(f.consultations.total).toBe(2);
    expect(Object.fromEntries(f.consultations.byLadderLevel.map((c: AnyData) => [c.ladderLevel, c.count]))).toEqual({
      COERCION: 0,
      EDUCATING: 0,
      INFORMING: 0,
      CONSULTING: 1,
      ENGAGING: 0,
      CO_DESIGNING: 1,
      CO_PRODUCING: 0,
    });
    expect(f.consultations.byApproach).toEqual([
      { approach: 'DOING_TO', count: 0, share: 0 },
      { approach: 'DOING_FOR', count: 1, share: 0.5 },
      { approach: 'DOING_WITH', count: 1, share: 0.5 },
    ]);
    expect(f.consultations.byContext.map((c: AnyData) => [c.context, c.count])).toEqual([
      ['INDIVIDUAL', 0],
      ['SOCIAL', 2],
      ['FORMAL_GROUP', 0],
    ]);
    expect(f.consultations.byMode.map((c: AnyData) => [c.mode, c.count])).toEqual([
      ['IN_PERSON', 0],
      ['VIRTUAL', 1],
      ['HYBRID', 0],
      ['DIGITAL', 1],
    ]);
    expect(f.consultations.byOrganisation.map((c: AnyData) => [c.organisation.id, c.count]).sort()).toEqual(
      [
        [world.orgA, 1],
        [world.orgB, 1],
      ].sort(),
    );
    const shift = Object.fromEntries(
      f.ladderShift.map((s: AnyData) => [s.ladderLevel, [s.count, s.comparedCount, s.change]]),
    );
    expect(shift).toMatchObject({
      CONSULTING: [1, 0, 1],
      CO_DESIGNING: [1, 0, 1],
      CO_PRODUCING: [0, 1, -1],
      ENGAGING: [0, 0, 0],
    });
    expect((await figures(current)).ladderShift).toBeNull();
  });

  it('publishes reach this month by age band, cohort and organisation only through suppression and rounding', async () => {
    const f = await figures(current);
    // 15 young people took part (a1..a8, b1..b4, c1, c2, d1): shown rounded to 15.
    expect(f.youngPeople).toEqual(n(15));
    expect(f.contributions).toEqual(n(5)); // 4 contributions, rounded
    expect(f.registeredYoungPeople).toEqual(n(20)); // 18 registered, rounded
    const ages = Object.fromEntries(f.byAgeBand.map((c: AnyData) => [c.ageBand, c.youngPeople]));
    // 11–15: 8 → 10; 16–18: 5 (primary) and 8–10: 2 (primary) are withheld together, and the empty
    // bands with them: their zeros would say the 7 withheld are all 8–10 or 16–18.
    expect(ages).toEqual({
      UNDER_8: W,
      AGE_8_TO_10: W,
      AGE_11_TO_15: n(10),
      AGE_16_TO_18: W,
      AGE_19_TO_25: W,
      OVER_25: W,
      UNKNOWN: W,
    });
    expect(cell(f.byAgeBand, 'ageBand', 'AGE_11_TO_15').contributions).toEqual(n(5)); // 3 → 5
    expect(cell(f.byAgeBand, 'ageBand', 'AGE_16_TO_18').contributions).toEqual(W);
    // Cohorts: CHILD_IN_CARE 4 (withheld), SEND 7 of 15 (→ 5), YOUTH_JUSTICE 1 (withheld).
    const send = cell(f.byCohort, 'cohort', 'SEND');
    expect(send).toEqual({ cohort: 'SEND', youngPeople: n(5), contributions: n(0), registered: n(5), reach: n(1) });
    const inCare = cell(f.byCohort, 'cohort', 'CHILD_IN_CARE');
    expect(inCare).toEqual({ cohort: 'CHILD_IN_CARE', youngPeople: W, contributions: W, registered: n(5), reach: W });
    expect(cell(f.byCohort, 'cohort', 'YOUTH_JUSTICE')).toMatchObject({ youngPeople: W, registered: W, reach: W });
    expect(cell(f.byCohort, 'cohort', 'YOUNG_CARER')).toEqual({
      cohort: 'YOUNG_CARER',
      youngPeople: n(0),
      contributions: n(0),
      registered: n(0),
      reach: W,
    });
    // Organisations overlap: org A reached 14 of 15 (the complement, 1, would leak), org B 3.
    expect(cell(f.byOrganisation, 'organisation', world.orgA)).toMatchObject({ youngPeople: W, contributions: W });
    expect(cell(f.byOrganisation, 'organisation', world.orgB)).toMatchObject({ youngPeople: W, contributions: W });
  });

  it('applies the filter: one organisation, a context, cohorts, age bands; a narrow filter shows withheld cells, not zeros', async () => {
    const a = await figures(current, { organisationIds: [world.orgA] });
    expect(a.consultations.total).toBe(1);
    // Org A reached 14 of the 15: beside the whole partnership's figures, A's would describe the
    // one young person it leaves out, so every figure about those taking part is withheld.
    expect(a.youngPeople).toEqual(W); // 14
    expect(cell(a.byAgeBand, 'ageBand', 'AGE_11_TO_15').youngPeople).toEqual(W);
    expect(a.byCohort.every((c: AnyData) => c.youngPeople.suppressed && c.reach.suppressed)).toBe(true);
    expect(a.byOrganisation.map((c: AnyData) => c.organisation.id)).toEqual([world.orgA]);
    const b = await figures(current, { organisationIds: [world.orgB] });
    expect(b.youngPeople).toEqual(W); // 3 young people
    expect(cell(b.byAgeBand, 'ageBand', 'AGE_16_TO_18').youngPeople).toEqual(W);
    expect(b.contributions).toEqual(W);
    const formal = await figures(current, { context: 'FORMAL_GROUP' });
    expect(formal.consultations.total).toBe(0);
    expect(formal.youngPeople).toEqual(n(0));
    const care = await figures(current, { cohorts: ['CHILD_IN_CARE'] });
    expect(care.youngPeople).toEqual(W); // 4
    expect(care.byCohort.map((c: AnyData) => c.cohort)).toEqual(['CHILD_IN_CARE']);
    const older = await figures(previous, { ageBands: ['AGE_16_TO_18'] });
    expect(older.youngPeople).toEqual(n(10)); // 8 last month
    expect(older.byAgeBand).toEqual([{ ageBand: 'AGE_16_TO_18', youngPeople: n(10), contributions: n(0) }]);
  });

  it('counts last month and two months from the activity dates', async () => {
    const last = await figures(previous);
    expect(last.consultations.total).toBe(1);
    expect(cell(last.consultations.byLadderLevel, 'ladderLevel', 'CO_PRODUCING').count).toBe(1);
    expect(last.youngPeople).toEqual(n(10)); // b1..b4, d1..d4
    const two = await figures(both);
    expect(two.consultations.total).toBe(3);
    expect(two.youngPeople).toEqual(n(20)); // 18
    // 8–10 (2) is withheld, and with it the smaller of the two 8s (11–15, by name).
    expect(Object.fromEntries(two.byAgeBand.map((c: AnyData) => [c.ageBand, c.youngPeople]))).toMatchObject({
      AGE_8_TO_10: W,
      AGE_11_TO_15: W,
      AGE_16_TO_18: n(10),
    });
  });

  it('cannot be made to give up a withheld count by subtraction, narrower filters or adjacent periods', async () => {
    const views = async () => ({
      all: await figures(current),
      orgA: await figures(current, { organisationIds: [world.orgA] }),
      orgB: await figures(current, { organisationIds: [world.orgB] }),
      last: await figures(previous),
      both: await figures(both),
    });
    const before = await views();
    // Subtraction from the total: shown cells never leave a single withheld cell to work out.
    for (const view of Object.values(before)) {
      const hidden = view.byAgeBand.filter((c: AnyData) => c.youngPeople.suppressed);
      expect(hidden.length === 0 || hidden.length >= 2 || view.youngPeople.suppressed).toBe(true);
    }
    // Narrowing: everyone minus org A's consultations is d1 alone (1), but the published figures differ by 0.
    expect(before.all.youngPeople.value - before.orgA.youngPeople.value).not.toBe(1);
    // Adjacent periods: the two months minus this month is d2, d3, d4 (3), but the published figures differ by 5.
    expect(before.both.youngPeople.value - before.all.youngPeople.value).not.toBe(3);

    // The decisive check: one more young person (d2) in withheld cells changes nothing an analyst can see.
    ok(
      await gql(
        world.consultations.url,
        PARTICIPATE,
        { input: { consultationId: world.consultationIds.c4, personId: world.ids.d2, role: 'PARTICIPANT' } },
        world.leadB,
      ),
    );
    const [row] = await world.consultations.dataSource.query(
      `SELECT count(*)::int AS n FROM consultations.participation WHERE consultation_id = $1`,
      [world.consultationIds.c4],
    );
    expect(row.n).toBe(4);
    expect(await views()).toEqual(before);
  });

  it('takes only whole calendar months', async () => {
    const notFirst = await ask({ from: current.from.replace(/01$/, '02'), to: current.to });
    expect(codes(notFirst)).toContain('BAD_USER_INPUT');
    expect(notFirst.errors![0].message).toMatch(/first day of a month/);
    const notLast = await ask({ from: current.from, to: current.from.replace(/01$/, '15') });
    expect(notLast.errors![0].message).toMatch(/last day of a month/);
    expect(codes(await ask(current, undefined, { from: previous.from, to: previous.from }))).toContain(
      'BAD_USER_INPUT',
    );
    expect(codes(await ask({ from: current.from, to: previous.to }))).toContain('BAD_USER_INPUT');
  });

  it('is for analysts, participation leads and admins of the partnership only', async () => {
    expect(codes(await ask(current, undefined, undefined, world.tokens.practitionerA))).toContain('FORBIDDEN');
    const young = await youngPersonToken(world, 'a1');
    expect(codes(await ask(current, undefined, undefined, young))).toContain('FORBIDDEN');
    expect(
      ok(await ask(current, undefined, undefined, world.tokens.leadA)).partnership.participationAnalytics.youngPeople,
    ).toEqual(n(15));
    // An analyst of another partnership asking the subgraph directly (the gateway would not even resolve the partnership).
    const { id: strangerId, token: stranger } = await registerStaff(
      world.people.url,
      world.tokens.otherAdmin,
      world.otherPartnershipId,
      ['ANALYST'],
    );
    await waitUntilKnown([world.consultations], [strangerId]);
    const direct = await gql(
      world.consultations.url,
      `query($r: [_Any!]!, $p: AnalyticsPeriod!) { _entities(representations: $r) { ... on Partnership { participationAnalytics(period: $p) { youngPeople { value } } } } }`,
      { r: [{ __typename: 'Partnership', id: world.partnershipId }], p: current },
      stranger,
    );
    expect(codes(direct)).toContain('FORBIDDEN');
    expect(JSON.stringify(direct.data)).not.toMatch(/"value":\d/);
  });

  it('uses the threshold each partnership chose, from its PartnershipCreated event', async () => {
    const { partnershipId: id, admin } = await foundPartnership(world.people.url, {
      name: `Strict ${randomUUID().slice(0, 6)}`,
      suppressionThreshold: 10,
    });
    const analystOfIt = await registerStaff(world.people.url, admin.token, id, ['ANALYST']);
    await waitUntilKnown([world.consultations], [analystOfIt.id]);
    await waitFor(
      'the threshold in the consultations projection',
      async () =>
        (
          await world.consultations.dataSource.query(
            `SELECT 1 FROM consultations.partnership_projection WHERE partnership_id = $1 AND suppression_threshold = 10`,
            [id],
          )
        ).length > 0,
    );
    const f = ok(await gql(world.gateway, PARTICIPATION_ANALYTICS, { id, period: current }, analystOfIt.token))
      .partnership.participationAnalytics;
    expect(f.suppressionThreshold).toBe(10);
    expect(f.youngPeople).toEqual(n(0));
  });
});

import { AnyData, gql, months, ok } from '@voicegraph/testkit';
import { AnalyticsWorld, buildAnalyticsWorld, PARTICIPATION_ANALYTICS } from '../integration/analytics-fixture';

/**
 * Red team, issue 13 item 3 for participation counts: this month 15 young people took part, 14 of
 * them in organisation A's consultation; the fifteenth (d1, organisation B only) is in care. The
 * whole partnership's figures beside organisation A's would describe d1 by difference (a rounded
 * count of young people in care stepping between them). Through the gateway, as an analyst.
 */
describe('red team: a filter that leaves out one young person', () => {
  let world: AnalyticsWorld;
  const { current } = months();
  const W = { value: null, suppressed: true };

  beforeAll(async () => {
    world = await buildAnalyticsWorld();
  });
  afterAll(async () => {
    await world?.stack.stop();
  });

  const figures = async (filter?: Record<string, unknown>): Promise<AnyData> =>
    ok(
      await gql(
        world.gateway,
        PARTICIPATION_ANALYTICS,
        { id: world.partnershipId, period: current, filter },
        world.tokens.analyst,
      ),
    ).partnership.participationAnalytics;

  it('the whole partnership is published; organisation A, which leaves out d1, shows nothing about those taking part', async () => {
    const whole = await figures();
    expect(whole.youngPeople).toEqual({ value: 15, suppressed: false });
    const a = await figures({ organisationIds: [world.orgA] });
    expect(a.youngPeople).toEqual(W);
    expect(a.contributions).toEqual(W);
    for (const cell of [...a.byAgeBand, ...a.byCohort, ...a.byOrganisation])
      expect({ cell, youngPeople: cell.youngPeople }).toEqual({ cell, youngPeople: W });
    const inCare = a.byCohort.find((c: AnyData) => c.cohort === 'CHILD_IN_CARE');
    expect(inCare.reach).toEqual(W);
  });

  it('a filter that leaves nobody out is published as the whole is (the rule does not withhold more than it must)', async () => {
    const social = await figures({ context: 'SOCIAL' });
    expect(social.youngPeople).toEqual((await figures()).youngPeople);
  });
});

import { gql, ok, tokenFor, waitFor } from '@voicegraph/testkit';
import { COHORTS } from '../../src/domain/analytics';
import { AnalyticsWorld, buildAnalyticsWorld, months, PARTICIPATION_ANALYTICS } from './analytics-fixture';
import { PARTICIPATE, SUBMIT } from './fixture';

const ROW = `consultation_id, organisation_id, person_id, month::text, partnership_id, lead, context, age_band, cohort_mask, contributions`;

/**
 * reach_month is written alongside participations, contributions, projection changes, cancellation
 * and erasure. After each kind of change it must hold exactly what rebuild_reach_month() computes
 * from the source tables, or reach analytics would drift from the truth.
 */
describe('reach_month (the reach summary kept in the writing transaction)', () => {
  let world: AnalyticsWorld;
  const { current } = months();

  beforeAll(async () => {
    world = await buildAnalyticsWorld();
  });
  afterAll(async () => {
    await world?.stack.stop();
  });

  const db = () => world.consultations.dataSource;
  /** The table as kept, and as a rebuild from the source tables would make it (inside a rolled-back transaction). */
  async function keptAndRebuilt(): Promise<{ kept: string[]; rebuilt: string[] }> {
    const runner = db().createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      const asText = (rows: Record<string, unknown>[]) => rows.map((r) => JSON.stringify(r)).sort();
      const kept = asText(await runner.query(`SELECT ${ROW} FROM consultations.reach_month`));
      await runner.query(`SELECT consultations.rebuild_reach_month()`);
      const rebuilt = asText(await runner.query(`SELECT ${ROW} FROM consultations.reach_month`));
      await runner.rollbackTransaction();
      return { kept, rebuilt };
    } finally {
      await runner.release();
    }
  }
  const expectInStep = async () => {
    const { kept, rebuilt } = await keptAndRebuilt();
    expect(kept.length).toBeGreaterThan(0);
    expect(kept).toEqual(rebuilt);
  };
  const rowsOf = (personId: string): Promise<{ age_band: string; cohort_mask: number; contributions: number; lead: boolean }[]> =>
    db().query(`SELECT age_band, cohort_mask, contributions, lead FROM consultations.reach_month WHERE person_id = $1 ORDER BY lead DESC`, [personId]);

  it('numbers cohorts in the same order in SQL and in TypeScript', async () => {
    for (const [bit, cohort] of COHORTS.entries()) {
      const [row] = await db().query(`SELECT consultations.cohort_mask(ARRAY[$1]) AS mask`, [cohort]);
      expect({ cohort, mask: row.mask }).toEqual({ cohort, mask: 1 << bit });
    }
    const [both] = await db().query(`SELECT consultations.cohort_mask(ARRAY['SEND', 'YOUTH_JUSTICE', 'NOT_A_COHORT']) AS mask`);
    expect(both.mask).toBe((1 << COHORTS.indexOf('SEND')) | (1 << COHORTS.indexOf('YOUTH_JUSTICE')));
  });

  it('matches a rebuild after participations and contributions, with contributions added up per month', async () => {
    await expectInStep();
    const a1 = await rowsOf(world.ids.a1);
    expect(a1).toEqual([{ age_band: 'AGE_11_TO_15', cohort_mask: 1 << COHORTS.indexOf('CHILD_IN_CARE'), contributions: 2, lead: true }]);
  });

  it('counts a partner organisation, with the lead organisation\'s row carrying the contributions once', async () => {
    const partnered = ok(await gql(world.consultations.url, `mutation($input: CreateConsultationInput!) { createConsultation(input: $input) { id } }`, {
      input: { title: 'Partnered', kind: 'WORKSHOP', ladderLevel: 'CONSULTING', context: 'INDIVIDUAL', mode: 'DIGITAL',
        leadOrganisationId: world.orgA, partnerOrganisationIds: [world.orgB], opensAt: `${current.from}T00:00:00Z`, closesAt: `${current.to}T23:00:00Z` } },
    world.tokens.leadA)).createConsultation.id as string;
    ok(await gql(world.consultations.url, 'mutation($id: ID!) { openConsultation(input: { consultationId: $id }) { id } }', { id: partnered }, world.tokens.leadA));
    ok(await gql(world.consultations.url, PARTICIPATE, { input: { consultationId: partnered, personId: world.ids.c1, role: 'PARTICIPANT' } }, world.tokens.leadA));
    const c1 = await tokenFor({ sub: world.ids.c1, roles: ['YOUNG_PERSON'], partnership: world.partnershipId, orgs: [world.orgA] });
    ok(await gql(world.consultations.url, SUBMIT, { input: { consultationId: partnered, text: 'Partners should hear this too' } }, c1));
    const rows: { organisation_id: string; lead: boolean; contributions: number }[] = await db().query(
      `SELECT organisation_id, lead, contributions FROM consultations.reach_month WHERE consultation_id = $1 ORDER BY lead DESC`, [partnered]);
    expect(rows).toEqual([
      { organisation_id: world.orgA, lead: true, contributions: 1 },
      { organisation_id: world.orgB, lead: false, contributions: 1 },
    ]);
    await expectInStep();
  });

  it('follows a change of cohorts from people\'s PersonProfileChanged event', async () => {
    ok(await gql(world.people.url, 'mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { id } }',
      { input: { id: world.ids.b4, cohorts: ['YOUNG_CARER', 'SEND'] } }, world.leadB));
    const expected = (1 << COHORTS.indexOf('YOUNG_CARER')) | (1 << COHORTS.indexOf('SEND'));
    await waitFor('b4\'s reach rows to take the new cohorts', async () => (await rowsOf(world.ids.b4)).every((r) => r.cohort_mask === expected), 30_000);
    await expectInStep();
  });

  it('drops a consultation cancelled after people took part, and an erased person', async () => {
    const before = ok(await gql(world.gateway, PARTICIPATION_ANALYTICS, { id: world.partnershipId, period: current }, world.tokens.analyst)).partnership.participationAnalytics;
    ok(await gql(world.consultations.url, 'mutation($id: ID!) { cancelConsultation(input: { consultationId: $id }) { id } }', { id: world.consultationIds.c4 }, world.leadB));
    const [left] = await db().query(`SELECT count(*)::int AS n FROM consultations.reach_month WHERE consultation_id = $1`, [world.consultationIds.c4]);
    expect(left.n).toBe(0);
    await expectInStep();
    // d1 took part this month only in c4: without it, this month's reach no longer has them.
    const after = ok(await gql(world.gateway, PARTICIPATION_ANALYTICS, { id: world.partnershipId, period: current }, world.tokens.analyst)).partnership.participationAnalytics;
    expect(after.consultations.total).toBe(before.consultations.total - 1);

    ok(await gql(world.people.url, 'mutation($input: RequestErasureInput!) { requestErasure(input: $input) { personId } }', { input: { personId: world.ids.a2 } }, world.tokens.leadA));
    await waitFor('a2 to leave reach_month', async () => (await rowsOf(world.ids.a2)).length === 0, 30_000);
    await expectInStep();
  });
});

import { AnyData, gql, months, ok, queriesDuring, requestErasure, waitFor } from '@voicegraph/testkit';
import { COHORTS } from '../../src/domain/analytics';
import { AnalyticsWorld, buildAnalyticsWorld, contribute, PARTICIPATION_ANALYTICS } from './analytics-fixture';
import { PARTICIPATE } from './fixture';

const ROW = `consultation_id, organisation_id, person_id, month::text, partnership_id, lead, context, age_band, cohort_mask, contributions`;

/**
 * reach_month is written alongside participations, contributions, projection changes, cancellation
 * and erasure; registered_young_people alongside the person projection. After each kind of change
 * each must hold exactly what its rebuild function computes from the source tables, or reach
 * analytics would drift from the truth.
 */
describe('reach_month and registered_young_people (summaries kept in the writing transaction)', () => {
  let world: AnalyticsWorld;
  const { current } = months();

  beforeAll(async () => {
    world = await buildAnalyticsWorld();
  });
  afterAll(async () => {
    await world?.stack.stop();
  });

  const db = () => world.consultations.dataSource;
  const SUMMARIES = [
    { rows: `SELECT ${ROW} FROM consultations.reach_month`, rebuild: `SELECT consultations.rebuild_reach_month()` },
    {
      rows: `SELECT partnership_id, age_band, cohorts, organisation_ids, people FROM consultations.registered_young_people WHERE people > 0`,
      rebuild: `SELECT consultations.rebuild_registered_young_people()`,
    },
  ];
  /** Each summary as kept, and as a rebuild from the source tables would make it (inside a rolled-back transaction). */
  async function keptAndRebuilt(): Promise<{ kept: string[][]; rebuilt: string[][] }> {
    const runner = db().createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      const asText = (rows: Record<string, unknown>[]) => rows.map((r) => JSON.stringify(r)).sort();
      const kept: string[][] = [];
      const rebuilt: string[][] = [];
      for (const summary of SUMMARIES) {
        kept.push(asText(await runner.query(summary.rows)));
        await runner.query(summary.rebuild);
        rebuilt.push(asText(await runner.query(summary.rows)));
      }
      await runner.rollbackTransaction();
      return { kept, rebuilt };
    } finally {
      await runner.release();
    }
  }
  const expectInStep = async () => {
    const { kept, rebuilt } = await keptAndRebuilt();
    for (const rows of kept) expect(rows.length).toBeGreaterThan(0);
    expect(kept).toEqual(rebuilt);
  };
  const rowsOf = (
    personId: string,
  ): Promise<{ age_band: string; cohort_mask: number; contributions: number; lead: boolean }[]> =>
    db().query(
      `SELECT age_band, cohort_mask, contributions, lead FROM consultations.reach_month WHERE person_id = $1 ORDER BY lead DESC`,
      [personId],
    );

  it('numbers cohorts in the same order in SQL and in TypeScript', async () => {
    for (const [bit, cohort] of COHORTS.entries()) {
      const [row] = await db().query(`SELECT consultations.cohort_mask(ARRAY[$1]) AS mask`, [cohort]);
      expect({ cohort, mask: row.mask }).toEqual({ cohort, mask: 1 << bit });
    }
    const [both] = await db().query(
      `SELECT consultations.cohort_mask(ARRAY['SEND', 'YOUTH_JUSTICE', 'NOT_A_COHORT']) AS mask`,
    );
    expect(both.mask).toBe((1 << COHORTS.indexOf('SEND')) | (1 << COHORTS.indexOf('YOUTH_JUSTICE')));
  });

  it('matches a rebuild after participations and contributions, with contributions added up per month', async () => {
    await expectInStep();
    const a1 = await rowsOf(world.ids.a1);
    expect(a1).toEqual([
      { age_band: 'AGE_11_TO_15', cohort_mask: 1 << COHORTS.indexOf('CHILD_IN_CARE'), contributions: 2, lead: true },
    ]);
  });

  /** The participation figures for a period, as the analyst asks for them through the gateway. */
  const figuresFor = async (period: { from: string; to: string }): Promise<AnyData> =>
    ok(await gql(world.gateway, PARTICIPATION_ANALYTICS, { id: world.partnershipId, period }, world.tokens.analyst))
      .partnership.participationAnalytics;
  const askReach = async (period: { from: string; to: string }): Promise<{ sql: string[]; figures: AnyData }> => {
    let figures: AnyData = {};
    const sql = await queriesDuring(world.consultations, async () => {
      figures = await figuresFor(period);
    });
    return { sql, figures };
  };
  const reachStatements = (sql: string[]) => sql.filter((q) => q.includes('FROM consultations.reach_month r')).length;

  it('reuses reach figures while nothing they count has changed, and recomputes them after any change', async () => {
    const first = await askReach(current);
    const again = await askReach(current);
    expect(reachStatements(first.sql)).toBe(2);
    expect(reachStatements(again.sql)).toBe(0);
    expect(again.figures).toEqual(first.figures);

    // a3 says four things this month (contributions are published rounded to 5: 4 becomes 8).
    for (let i = 0; i < 4; i += 1) await contribute(world, 'a3', `Thing ${i}`);
    const after = await askReach(current);
    expect(reachStatements(after.sql)).toBe(2);
    expect(after.figures.contributions).toEqual({ value: 10, suppressed: false });
    expect(first.figures.contributions).toEqual({ value: 5, suppressed: false });
  });

  it('does not reuse figures computed while a change to their months was still uncommitted', async () => {
    const writer = db().createQueryRunner();
    await writer.connect();
    try {
      await writer.startTransaction();
      await writer.query(
        `UPDATE consultations.reach_month SET contributions = contributions + 1, changed_by = pg_current_xact_id() WHERE person_id = $1`,
        [world.ids.a4],
      );
      // A committed change elsewhere in the month, so the next ask computes afresh while the writer is still open.
      await contribute(world, 'a6', 'Meanwhile');
      expect(reachStatements((await askReach(current)).sql)).toBe(2);
      expect(reachStatements((await askReach(current)).sql)).toBe(0);
      await writer.commitTransaction();
      // That result's snapshot did not see the writer, so it is not served now the writer has committed.
      expect(reachStatements((await askReach(current)).sql)).toBe(2);
      expect(reachStatements((await askReach(current)).sql)).toBe(0);
    } finally {
      if (writer.isTransactionActive) await writer.rollbackTransaction();
      await writer.release();
    }
    await db().query(`UPDATE consultations.reach_month SET contributions = contributions - 1 WHERE person_id = $1`, [
      world.ids.a4,
    ]);
  });

  it('keeps figures of months nobody wrote to, and drops them when rows of those months are removed', async () => {
    const { previous } = months();
    await askReach(previous);
    await contribute(world, 'a5', 'This month only');
    expect(reachStatements((await askReach(previous)).sql)).toBe(0);
    await db().query(`DELETE FROM consultations.reach_month_removal`);
    await db().transaction(async (tx) => {
      await tx.query(
        `WITH gone AS (DELETE FROM consultations.reach_month WHERE person_id = $1 AND month = $2::date RETURNING partnership_id, month)
         INSERT INTO consultations.reach_month_removal (partnership_id, month) SELECT DISTINCT partnership_id, month FROM gone`,
        [world.ids.d4, previous.from],
      );
    });
    expect(reachStatements((await askReach(previous)).sql)).toBe(2);
    await db().query(`SELECT consultations.rebuild_reach_month()`);
  });

  it("counts a partner organisation, with the lead organisation's row carrying the contributions once", async () => {
    const partnered = ok(
      await gql(
        world.consultations.url,
        `mutation($input: CreateConsultationInput!) { createConsultation(input: $input) { id } }`,
        {
          input: {
            title: 'Partnered',
            kind: 'WORKSHOP',
            ladderLevel: 'CONSULTING',
            context: 'INDIVIDUAL',
            mode: 'DIGITAL',
            leadOrganisationId: world.orgA,
            partnerOrganisationIds: [world.orgB],
            opensAt: `${current.from}T00:00:00Z`,
            closesAt: `${current.to}T23:00:00Z`,
          },
        },
        world.tokens.leadA,
      ),
    ).createConsultation.id as string;
    ok(
      await gql(
        world.consultations.url,
        'mutation($id: ID!) { openConsultation(input: { consultationId: $id }) { id } }',
        { id: partnered },
        world.tokens.leadA,
      ),
    );
    ok(
      await gql(
        world.consultations.url,
        PARTICIPATE,
        { input: { consultationId: partnered, personId: world.ids.c1, role: 'PARTICIPANT' } },
        world.tokens.leadA,
      ),
    );
    await contribute(world, 'c1', 'Partners should hear this too', partnered);
    const rows: { organisation_id: string; lead: boolean; contributions: number }[] = await db().query(
      `SELECT organisation_id, lead, contributions FROM consultations.reach_month WHERE consultation_id = $1 ORDER BY lead DESC`,
      [partnered],
    );
    expect(rows).toEqual([
      { organisation_id: world.orgA, lead: true, contributions: 1 },
      { organisation_id: world.orgB, lead: false, contributions: 1 },
    ]);
    await expectInStep();
  });

  it("follows a change of cohorts from people's PersonProfileChanged event", async () => {
    ok(
      await gql(
        world.people.url,
        'mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { id } }',
        { input: { id: world.ids.b4, cohorts: ['YOUNG_CARER', 'SEND'] } },
        world.leadB,
      ),
    );
    const expected = (1 << COHORTS.indexOf('YOUNG_CARER')) | (1 << COHORTS.indexOf('SEND'));
    await waitFor(
      "b4's reach rows to take the new cohorts",
      async () => (await rowsOf(world.ids.b4)).every((r) => r.cohort_mask === expected),
      30_000,
    );
    await expectInStep();
  });

  it('drops a consultation cancelled after people took part, and an erased person', async () => {
    const before = await figuresFor(current);
    ok(
      await gql(
        world.consultations.url,
        'mutation($id: ID!) { cancelConsultation(input: { consultationId: $id }) { id } }',
        { id: world.consultationIds.c4 },
        world.leadB,
      ),
    );
    const [left] = await db().query(
      `SELECT count(*)::int AS n FROM consultations.reach_month WHERE consultation_id = $1`,
      [world.consultationIds.c4],
    );
    expect(left.n).toBe(0);
    await expectInStep();
    // d1 took part this month only in c4: without it, this month's reach no longer has them.
    const after = await figuresFor(current);
    expect(after.consultations.total).toBe(before.consultations.total - 1);

    await requestErasure(world.people.url, world.tokens.leadA, world.ids.a2);
    await waitFor('a2 to leave reach_month', async () => (await rowsOf(world.ids.a2)).length === 0, 30_000);
    await expectInStep();
  });
});

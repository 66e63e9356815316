import { AgeBand, Cohort, DEFAULT_SUPPRESSION_THRESHOLD, MonthPeriod } from '@voicegraph/platform';
import { DataSource } from 'typeorm';
import { AnalyticsFilter, ConsultationCountRow, ReachRow } from '../domain/analytics';

/**
 * The SQL behind participation analytics: every figure is a GROUP BY over this service's own
 * tables and its projection of people's events. Nothing here is published as it is: the
 * resolver passes the exact counts through disclosure control (domain/analytics.ts).
 */

/** Consultations of the partnership that match the filter's organisations and context ($1 partnership, $2 organisations, $3 context). */
const MATCHING_CONSULTATIONS = `
  SELECT id, ladder_level, context, mode, lead_organisation_id, partner_organisation_ids
    FROM consultations.consultation
   WHERE partnership_id = $1 AND status IN ('OPEN', 'CLOSED')
     AND ($2::uuid[] IS NULL OR lead_organisation_id = ANY($2::uuid[]) OR partner_organisation_ids && $2::uuid[])
     AND ($3::text IS NULL OR context = $3::text)`;

const organisationsOf = `unnest(array_prepend(c.lead_organisation_id, c.partner_organisation_ids))`;

export async function thresholdOf(db: DataSource, partnershipId: string): Promise<number> {
  const [row] = await db.query(`SELECT suppression_threshold FROM consultations.partnership_projection WHERE partnership_id = $1`, [partnershipId]);
  return row?.suppression_threshold ?? DEFAULT_SUPPRESSION_THRESHOLD;
}

/**
 * Consultations run in the period: OPEN or CLOSED, whose window (planned, else actual, dates)
 * overlaps it. Grouped by ladder level, context and mode; and separately per organisation.
 */
export async function countConsultations(db: DataSource, partnershipId: string, period: MonthPeriod, filter: AnalyticsFilter) {
  const inPeriod = `
    WITH c AS (${MATCHING_CONSULTATIONS}
       AND COALESCE(LEAST(opens_at, opened_at), created_at) < $5
       AND COALESCE(LEAST(closes_at, closed_at, cancelled_at), 'infinity') >= $4)`;
  const params = [partnershipId, filter.organisationIds, filter.context, period.start, period.endExclusive];
  const rows: { ladder_level: ConsultationCountRow['ladderLevel']; context: ConsultationCountRow['context']; mode: string; count: number }[] =
    await db.query(`${inPeriod} SELECT ladder_level, context, mode, count(*)::int AS count FROM c GROUP BY ladder_level, context, mode`, params);
  const organisations: { organisation_id: string; count: number }[] = await db.query(
    `${inPeriod}, o AS (SELECT ${organisationsOf} AS organisation_id FROM c)
     SELECT organisation_id, count(*)::int AS count FROM o
      WHERE $2::uuid[] IS NULL OR organisation_id = ANY($2::uuid[])
      GROUP BY organisation_id ORDER BY organisation_id`,
    params,
  );
  return {
    rows: rows.map((r) => ({ ladderLevel: r.ladder_level, context: r.context, mode: r.mode, count: r.count })),
    byOrganisation: organisations.map((r) => ({ organisationId: r.organisation_id, count: r.count })),
  };
}

type Dimension = 'AGE_BAND' | 'COHORT' | 'ORGANISATION';

/**
 * Young people who took part in the period (a participation attended, or a contribution
 * submitted, in a matching consultation), as the projection knows them, counted once per cell.
 */
export async function countReach(db: DataSource, partnershipId: string, period: MonthPeriod, filter: AnalyticsFilter) {
  // Activity is folded to one row per person and consultation before anything joins it (a year of
  // a city is ~500,000 participations and contributions, ~130,000 pairs). JIT is off for this one
  // statement: its inflated cost estimate made Postgres spend longer compiling than running it.
  const rows: { dimension: Dimension; key: string; people: number; contributions: number }[] = await db.transaction(async (tx) => {
    await tx.query(`SET LOCAL jit = off`);
    return tx.query(
    `WITH c AS (${MATCHING_CONSULTATIONS}),
     pc AS (
       SELECT a.person_id, a.consultation_id, sum(a.contributed)::int AS contributions FROM (
         SELECT p.person_id, p.consultation_id, 0 AS contributed FROM consultations.participation p
          WHERE p.attended_at >= $4 AND p.attended_at < $5 AND p.person_id IS NOT NULL
         UNION ALL
         SELECT k.person_id, k.consultation_id, 1 FROM consultations.contribution k
          WHERE k.created_at >= $4 AND k.created_at < $5 AND k.person_id IS NOT NULL) a
        WHERE a.consultation_id IN (SELECT id FROM c)
        GROUP BY a.person_id, a.consultation_id),
     young AS (
       SELECT pc.person_id, pp.age_band, pp.cohorts, sum(pc.contributions)::int AS contributions
         FROM pc JOIN consultations.person_projection pp ON pp.person_id = pc.person_id
        WHERE pp.kind = 'YOUNG_PERSON' AND pp.partnership_id = $1
          AND ($6::text[] IS NULL OR pp.cohorts && $6::text[])
          AND ($7::text[] IS NULL OR pp.age_band = ANY($7::text[]))
        GROUP BY pc.person_id, pp.age_band, pp.cohorts)
     SELECT 'AGE_BAND' AS dimension, age_band AS key, count(*)::int AS people, sum(contributions)::int AS contributions FROM young GROUP BY age_band
     UNION ALL
     SELECT 'COHORT', cohort, count(*)::int, sum(contributions)::int FROM young, unnest(young.cohorts) AS cohort GROUP BY cohort
     UNION ALL
     SELECT 'ORGANISATION', o.organisation_id::text, count(DISTINCT pc.person_id)::int, sum(pc.contributions)::int
       FROM pc JOIN young y ON y.person_id = pc.person_id JOIN c ON c.id = pc.consultation_id,
            LATERAL ${organisationsOf} AS o(organisation_id)
      GROUP BY o.organisation_id`,
    [partnershipId, filter.organisationIds, filter.context, period.start, period.endExclusive, filter.cohorts, filter.ageBands],
    );
  });
  const of = <K>(dimension: Dimension) => new Map(rows.filter((r) => r.dimension === dimension).map((r) => [r.key as K, { people: r.people, contributions: r.contributions } as ReachRow]));
  return { byAgeBand: of<AgeBand>('AGE_BAND'), byCohort: of<Cohort>('COHORT'), byOrganisation: of<string>('ORGANISATION') };
}

/** Young people registered now (not per period), per cohort and in all, under the filter's organisations, cohorts and age bands. */
export async function countRegistered(db: DataSource, partnershipId: string, filter: AnalyticsFilter) {
  const rows: { key: string; count: number }[] = await db.query(
    `WITH registered AS (
       SELECT cohorts FROM consultations.person_projection
        WHERE partnership_id = $1 AND kind = 'YOUNG_PERSON'
          AND ($2::uuid[] IS NULL OR organisation_ids && $2::uuid[])
          AND ($3::text[] IS NULL OR cohorts && $3::text[])
          AND ($4::text[] IS NULL OR age_band = ANY($4::text[])))
     SELECT cohort AS key, count(*)::int AS count FROM registered, unnest(registered.cohorts) AS cohort GROUP BY cohort
     UNION ALL SELECT '*', count(*)::int FROM registered`,
    [partnershipId, filter.organisationIds, filter.cohorts, filter.ageBands],
  );
  return {
    byCohort: new Map(rows.filter((r) => r.key !== '*').map((r) => [r.key as Cohort, r.count])),
    total: rows.find((r) => r.key === '*')?.count ?? 0,
  };
}

/** The partnership's organisations (from the projection), to show every one, zeros included. */
export async function organisationsOfPartnership(db: DataSource, partnershipId: string): Promise<string[]> {
  const rows: { organisation_id: string }[] = await db.query(
    `SELECT organisation_id FROM consultations.organisation_projection WHERE partnership_id = $1 ORDER BY organisation_id`, [partnershipId]);
  return rows.map((r) => r.organisation_id);
}

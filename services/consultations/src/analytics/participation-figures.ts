import { AnalyticsFilter, calendarDate, MonthPeriod } from '@voicegraph/platform';
import { DataSource } from 'typeorm';
import { monthsOf, ReachCache, readWithSnapshot, Snapshotted } from './reach-cache';
import {
  ConsultationCountRow,
  foldPeopleReach,
  foldRegistered,
  PeopleReachRow,
  ReachRow,
  RegisteredRow,
} from '../domain/analytics';

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

/**
 * Consultations run in the period: OPEN or CLOSED, whose window (planned, else actual, dates)
 * overlaps it. Grouped by ladder level, context and mode; and separately per organisation.
 */
export async function countConsultations(
  db: DataSource,
  partnershipId: string,
  period: MonthPeriod,
  filter: AnalyticsFilter,
) {
  const inPeriod = `
    WITH c AS (${MATCHING_CONSULTATIONS}
       AND COALESCE(LEAST(opens_at, opened_at), created_at) < $5
       AND COALESCE(LEAST(closes_at, closed_at, cancelled_at), 'infinity') >= $4)`;
  const params = [partnershipId, filter.organisationIds, filter.context, period.start, period.endExclusive];
  const rows: {
    ladder_level: ConsultationCountRow['ladderLevel'];
    context: ConsultationCountRow['context'];
    mode: ConsultationCountRow['mode'];
    count: number;
  }[] = await db.query(
    `${inPeriod} SELECT ladder_level, context, mode, count(*)::int AS count FROM c GROUP BY ladder_level, context, mode`,
    params,
  );
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

/** Reach rows of the period that match the filter ($1 partnership, $2..$3 months, $4 organisations, $5 context, $6 cohorts, $7 age bands). */
const REACH_IN_PERIOD = `
  FROM consultations.reach_month r
 WHERE r.partnership_id = $1 AND r.month >= $2::date AND r.month < $3::date
   AND ($5::text IS NULL OR r.context = $5::text)
   AND ($6::text[] IS NULL OR r.cohort_mask & consultations.cohort_mask($6::text[]) <> 0)
   AND ($7::text[] IS NULL OR r.age_band = ANY($7::text[]))`;

/** Consultations of the partnership led by, or partnered with, one of the filter's organisations. */
const WITH_FILTER_ORGANISATION = `
   AND ($4::uuid[] IS NULL OR r.consultation_id IN (
         SELECT id FROM consultations.consultation
          WHERE partnership_id = $1 AND (lead_organisation_id = ANY($4::uuid[]) OR partner_organisation_ids && $4::uuid[])))`;

interface OrganisationReachRow {
  organisationId: string;
  people: number;
  contributions: number;
}

/**
 * Young people who took part in the period (attended, or contributed to, a consultation that was
 * not cancelled), each counted once per cell, from reach_month (kept in step with every write).
 * Two statements on two connections, so a lone analyst's query uses both cores: people by age band
 * and cohort set, and people per organisation. Their sorts need more than the default work_mem
 * for a city's year (~170,000 rows), and JIT only adds compile time to them. A result
 * is reused while nothing it counted has changed (reach-cache.ts).
 */
export async function countReach(
  db: DataSource,
  cache: ReachCache,
  partnershipId: string,
  period: MonthPeriod,
  filter: AnalyticsFilter,
) {
  const params = [
    partnershipId,
    period.from,
    calendarDate(period.endExclusive),
    filter.organisationIds,
    filter.context,
    filter.cohorts,
    filter.ageBands,
  ];
  const months = monthsOf(period.from, period.endExclusive);
  const { people, organisations } = await cache.figures(db, partnershipId, months, JSON.stringify(params), async () => {
    const [byPerson, byOrganisation] = await Promise.all([
      analyticsQuery<PeopleReachRow>(db, PEOPLE_BY_AGE_BAND_AND_COHORTS, params),
      analyticsQuery<OrganisationReachRow>(db, PEOPLE_BY_ORGANISATION, params),
    ]);
    return {
      value: { people: byPerson.value, organisations: byOrganisation.value },
      snapshots: [byPerson.snapshot, byOrganisation.snapshot],
    };
  });
  return {
    ...foldPeopleReach(people),
    byOrganisation: new Map(
      organisations.map((r) => [r.organisationId, { people: r.people, contributions: r.contributions } as ReachRow]),
    ),
  };
}

/**
 * One row per (age band, cohort set), from the lead organisation's rows only (one per consultation,
 * person and month): each person once (all their rows carry the same age band and cohorts), with
 * their contributions. Hashing per person first is cheaper here than count(DISTINCT)'s sorts.
 */
const PEOPLE_BY_AGE_BAND_AND_COHORTS = `
  SELECT age_band AS "ageBand", cohort_mask AS "cohortMask", count(*)::int AS people, sum(contributions)::int AS contributions FROM (
    SELECT r.person_id, r.age_band, r.cohort_mask, sum(r.contributions) AS contributions
      ${REACH_IN_PERIOD} AND r.lead ${WITH_FILTER_ORGANISATION}
     GROUP BY r.person_id, r.age_band, r.cohort_mask) p
   GROUP BY age_band, cohort_mask`;

/** One row per organisation: each person once per organisation whose consultations they took part in (count(DISTINCT) sorts per organisation, cheaper here than hashing every pair). */
const PEOPLE_BY_ORGANISATION = `
  SELECT r.organisation_id AS "organisationId", count(DISTINCT r.person_id)::int AS people, sum(r.contributions)::int AS contributions
    ${REACH_IN_PERIOD} AND ($4::uuid[] IS NULL OR r.organisation_id = ANY($4::uuid[]))
   GROUP BY r.organisation_id`;

function analyticsQuery<T>(db: DataSource, sql: string, params: unknown[]): Promise<Snapshotted<T[]>> {
  return readWithSnapshot(db, async (tx) => {
    await tx.query(`SET LOCAL jit = off; SET LOCAL work_mem = '64MB'`);
    return tx.query(sql, params);
  });
}

/** Young people registered now (not per period), per cohort and in all, under the filter's organisations, cohorts and age bands. */
export async function countRegistered(db: DataSource, partnershipId: string, filter: AnalyticsFilter) {
  const rows: RegisteredRow[] = await db.query(
    `SELECT cohorts, sum(people)::int AS count FROM consultations.registered_young_people
      WHERE partnership_id = $1 AND people > 0
        AND ($2::uuid[] IS NULL OR organisation_ids && $2::uuid[])
        AND ($3::text[] IS NULL OR cohorts && $3::text[])
        AND ($4::text[] IS NULL OR age_band = ANY($4::text[]))
      GROUP BY cohorts`,
    [partnershipId, filter.organisationIds, filter.cohorts, filter.ageBands],
  );
  return foldRegistered(rows);
}

/** The partnership's organisations (from the projection), to show every one, zeros included. */
export async function organisationsOfPartnership(db: DataSource, partnershipId: string): Promise<string[]> {
  const rows: { organisation_id: string }[] = await db.query(
    `SELECT organisation_id FROM consultations.organisation_projection WHERE partnership_id = $1 ORDER BY organisation_id`,
    [partnershipId],
  );
  return rows.map((r) => r.organisation_id);
}

/**
 * The generated city, as SQL: every row is a pure function of its number (a hash of a salted key,
 * no random()), so the same scale gives the same city on every run. The generator makes it once
 * (model-tables.ts); each service then writes its own part from it (its tables, or its projection
 * of another service's events) without reading another service's schema.
 */

/** How big the city is; `scale` 1 is the issue's city (100,000 young people over 40 organisations). */
export interface CityScale {
  youngPeople: number;
  staff: number;
  organisations: number;
  consultations: number;
  decisions: number;
}

export function cityOf(scale: number): CityScale {
  const at = (n: number, min: number) => Math.max(min, Math.round(n * scale));
  return {
    youngPeople: at(100_000, 500),
    staff: at(2_000, 40),
    organisations: 40,
    consultations: at(5_000, 50),
    decisions: at(20_000, 200),
  };
}

/** "Today" for the generated city: everything happened before it. */
export const CITY_NOW = '2026-11-01';
export const CITY_START = '2024-01-01';
/** Consultations are created from CITY_START until this day. */
const LAST_CREATED = '2026-10-15';

/**
 * A number in [0, 1) from a text key: 28 bits of Postgres' own 64-bit text hash (the one hash
 * partitioning uses, so it is the same on every server and version). About a tenth of md5's cost, and
 * the city draws millions of them.
 */
export const h = (key: string): string => `((hashtextextended(${key}, 0) & 268435455)::float8 / 268435456.0)`;
/** A deterministic uuid from a text key: its md5, with the version (4) and variant (8) digits of a valid UUID. */
export const uid = (key: string): string =>
  `overlay(overlay(md5(${key}) placing '4' from 13 for 1) placing '8' from 17 for 1)::uuid`;
/** An ISO-8601 UTC instant as JSON wants it (the same shape as Date.toISOString()). */
export const iso = (timestamp: string): string =>
  `to_char((${timestamp}) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
/** Picks from a list by cumulative weights, e.g. pick(h, [['A', 0.2], ['B', 1]]). */
export const pick = (x: string, options: [string, number][]): string =>
  `(CASE ${options
    .slice(0, -1)
    .map(([value, upTo]) => `WHEN ${x} < ${upTo} THEN '${value}'`)
    .join(' ')} ELSE '${options[options.length - 1][0]}' END)`;

export const PARTNERSHIP = uid(`'city:partnership'`);
export const organisationId = (n: string): string => uid(`'city:organisation:' || (${n})`);
export const youngPersonId = (i: string): string => uid(`'city:young:' || (${i})`);
export const staffId = (i: string): string => uid(`'city:staff:' || (${i})`);

const ORGANISATION_KINDS = [
  'COUNCIL',
  'SCHOOL',
  'SCHOOL',
  'SCHOOL',
  'HEALTH',
  'VOLUNTARY_COMMUNITY',
  'YOUTH_CHARITY',
  'SCHOOL',
  'YOUTH_JUSTICE',
  'VOLUNTARY_COMMUNITY',
];

/** Organisations: (n, id, name, kind, created_at). */
export const organisationsSql = (city: CityScale): string => `
  SELECT o AS n, ${organisationId('o')} AS id,
         (ARRAY[${ORGANISATION_KINDS.map((k) => `'${k}'`).join(', ')}])[1 + (o % ${ORGANISATION_KINDS.length})] AS kind,
         'Organisation ' || o AS name, timestamptz '2023-12-01' + o * interval '1 hour' AS created_at
    FROM generate_series(1, ${city.organisations}) o`;

export const ageBand = (age: string) =>
  `(CASE WHEN ${age} < 8 THEN 'UNDER_8' WHEN ${age} <= 10 THEN 'AGE_8_TO_10' WHEN ${age} <= 15 THEN 'AGE_11_TO_15' WHEN ${age} <= 18 THEN 'AGE_16_TO_18' WHEN ${age} <= 25 THEN 'AGE_19_TO_25' ELSE 'OVER_25' END)`;

/**
 * Young people aged 8 to 25 (most 11–18), each in one organisation (a fifth in two), with cohorts
 * in plausible proportions: SEND 15%, child in need 4%, young carer 3%, child in care 1%,
 * child protection 1%; care leavers 3% of those 16 or over, youth justice 1% of those 10 to 17.
 * 92% have a current participation consent (a parent's or carer's under 13).
 * Columns: i, id, date_of_birth, age, age_band, cohorts, organisation_ids, created_at, consented.
 */
export const youngPeopleSql = (city: CityScale): string => `
  SELECT i, ${youngPersonId('i')} AS id, date_of_birth, age, ${ageBand('age')} AS age_band,
         array_remove(ARRAY[
           CASE WHEN ${h(`'cic' || i`)} < 0.01 THEN 'CHILD_IN_CARE' END,
           CASE WHEN age >= 16 AND ${h(`'cl' || i`)} < 0.03 THEN 'CARE_LEAVER' END,
           CASE WHEN ${h(`'send' || i`)} < 0.15 THEN 'SEND' END,
           CASE WHEN ${h(`'cin' || i`)} < 0.04 THEN 'CHILD_IN_NEED' END,
           CASE WHEN ${h(`'cp' || i`)} < 0.01 THEN 'CHILD_PROTECTION' END,
           CASE WHEN ${h(`'yc' || i`)} < 0.03 THEN 'YOUNG_CARER' END,
           CASE WHEN age BETWEEN 10 AND 17 AND ${h(`'yj' || i`)} < 0.01 THEN 'YOUTH_JUSTICE' END], NULL)::text[] AS cohorts,
         ARRAY[${organisationId(`1 + i % ${city.organisations}`)}]
           || CASE WHEN ${h(`'org2' || i`)} < 0.2 THEN ARRAY[${organisationId(`1 + (i * 7 + 3) % ${city.organisations}`)}] ELSE '{}'::uuid[] END AS organisation_ids,
         timestamptz '${CITY_START}' - interval '30 days' + ${h(`'joined' || i`)} * interval '700 days' AS created_at,
         ${h(`'consent' || i`)} >= 0.08 AS consented
    FROM (SELECT i, date_of_birth, date_part('year', age(date '${CITY_NOW}', date_of_birth))::int AS age
            FROM (SELECT i, ((date '${CITY_NOW}' - make_interval(years => (CASE
                      WHEN ${h(`'band' || i`)} < 0.17 THEN 8 + floor(${h(`'yr' || i`)} * 3)
                      WHEN ${h(`'band' || i`)} < 0.62 THEN 11 + floor(${h(`'yr' || i`)} * 5)
                      WHEN ${h(`'band' || i`)} < 0.90 THEN 16 + floor(${h(`'yr' || i`)} * 3)
                      ELSE 19 + floor(${h(`'yr' || i`)} * 7) END)::int))::date - (floor(${h(`'day' || i`)} * 360)::int + 1))::date AS date_of_birth
                    FROM generate_series(1, ${city.youngPeople}) i) d) a`;

/** Staff: (i, id, organisation_ids, created_at). */
/**
 * The city's analyst: a member of staff of the whole partnership (no organisations), registered
 * like everyone, so the report and the bench sign in as someone every service knows.
 */
export const CITY_ANALYST = '00000000-0000-4000-8000-0000000000aa';

/** Staff of the organisations, and the analyst (i = 0). */
export const staffSql = (city: CityScale): string => `
  SELECT i, ${staffId('i')} AS id, ARRAY[${organisationId(`1 + i % ${city.organisations}`)}] AS organisation_ids,
         timestamptz '2023-12-01' + i * interval '1 minute' AS created_at
    FROM generate_series(1, ${city.staff}) i
  UNION ALL SELECT 0, '${CITY_ANALYST}'::uuid, '{}'::uuid[], timestamptz '2023-12-01'`;

const LADDER: [string, number][] = [
  ['COERCION', 0.01],
  ['EDUCATING', 0.05],
  ['INFORMING', 0.2],
  ['CONSULTING', 0.52],
  ['ENGAGING', 0.72],
  ['CO_DESIGNING', 0.88],
  ['CO_PRODUCING', 1],
];
const THEMES = [
  'youth clubs',
  'mental health',
  'transport',
  'school',
  'safety',
  'leaving care',
  'housing',
  'employment',
  'sport',
  'online safety',
];

/**
 * Consultations, created evenly from 2024 to October 2026 (c in time order), open a week later for
 * 2 to 8 weeks; 2% stay drafts, 2% are cancelled, the rest close (or are still open at CITY_NOW).
 * The ladder moves up over time (co-design and co-production grow). 30% have a partner organisation.
 * Columns: c, id, title, kind, ladder_level, context, mode, theme, status, lead, partners,
 * target_cohorts, created_at, opens_at, closes_at, opened_at, closed_at, cancelled_at.
 */
export const consultationsSql = (city: CityScale): string => `
  SELECT c, id, title, kind, ladder_level, context, mode, theme, status, lead, partners, target_cohorts, created_at, opens_at, closes_at,
         CASE WHEN status IN ('OPEN', 'CLOSED', 'CANCELLED') THEN opens_at END AS opened_at,
         CASE WHEN status = 'CLOSED' THEN closes_at END AS closed_at,
         CASE WHEN status = 'CANCELLED' THEN opens_at + interval '3 days' END AS cancelled_at
    FROM (SELECT c, ${uid(`'city:consultation:' || c`)} AS id,
                 ${pick(`(${h(`'ladder' || c`)} * 0.8 + 0.2 * c / ${city.consultations}.0)`, LADDER)} AS ladder_level,
                 ${pick(h(`'context' || c`), [
                   ['INDIVIDUAL', 0.2],
                   ['SOCIAL', 0.7],
                   ['FORMAL_GROUP', 1],
                 ])} AS context,
                 ${pick(h(`'mode' || c`), [
                   ['IN_PERSON', 0.45],
                   ['VIRTUAL', 0.6],
                   ['HYBRID', 0.75],
                   ['DIGITAL', 1],
                 ])} AS mode,
                 ${pick(h(`'kind' || c`), [
                   ['SURVEY', 0.3],
                   ['FOCUS_GROUP', 0.45],
                   ['WORKSHOP', 0.6],
                   ['CO_DESIGN_SESSION', 0.72],
                   ['CO_PRODUCTION_PROJECT', 0.8],
                   ['INDIVIDUAL_REVIEW', 0.88],
                   ['DIGITAL_POLL', 0.95],
                   ['EVENT', 1],
                 ])} AS kind,
                 (ARRAY[${THEMES.map((t) => `'${t}'`).join(', ')}])[1 + floor(${h(`'theme' || c`)} * ${THEMES.length})::int] AS theme,
                 'Consultation ' || c AS title,
                 ${organisationId(`1 + c % ${city.organisations}`)} AS lead,
                 CASE WHEN ${h(`'partner' || c`)} < 0.3 THEN ARRAY[${organisationId(`1 + (c * 13 + 5) % ${city.organisations}`)}] ELSE '{}'::uuid[] END AS partners,
                 CASE WHEN ${h(`'target' || c`)} < 0.1 THEN ARRAY['CHILD_IN_CARE'] ELSE '{}'::text[] END AS target_cohorts,
                 created_at, created_at + interval '7 days' AS opens_at,
                 created_at + interval '7 days' + (14 + floor(${h(`'length' || c`)} * 46)::int) * interval '1 day' AS closes_at,
                 CASE WHEN ${h(`'status' || c`)} < 0.02 THEN 'DRAFT' WHEN ${h(`'status' || c`)} < 0.04 THEN 'CANCELLED'
                      WHEN created_at + interval '7 days' + (14 + floor(${h(`'length' || c`)} * 46)::int) * interval '1 day' < timestamptz '${CITY_NOW}' THEN 'CLOSED' ELSE 'OPEN' END AS status
            FROM (SELECT c, timestamptz '${CITY_START}' + (c - 1)::float8 / ${city.consultations} * (timestamptz '${LAST_CREATED}' - timestamptz '${CITY_START}')
                            + ${h(`'jitter' || c`)} * interval '2 days' AS created_at
                    FROM generate_series(1, ${city.consultations}) c) t) s`;

/**
 * Participations: 40 to 121 young people per open or closed consultation (k-th participant is
 * young person 1 + (c·7919 + k·104729) mod N, distinct within a consultation), those with consent
 * only, attending during its window. Columns: c, k, id, consultation_id, person_id, attended_at.
 * Needs the consultations as "c" (consultationsSql) and young people as "y" (youngPeopleSql) in scope.
 */
export const participationsSql = (city: CityScale, consultations: string, youngPeople: string): string => `
  SELECT c.c, k, ${uid(`'city:participation:' || c.c || ':' || k`)} AS id, c.id AS consultation_id, y.id AS person_id,
         c.opens_at + ${h(`'attended' || c.c || ':' || k`)} * (c.closes_at - c.opens_at) AS attended_at
    FROM ${consultations} c
    CROSS JOIN LATERAL generate_series(1, 40 + floor(${h(`'size' || c.c`)} * 82)::int) k
    JOIN ${youngPeople} y ON y.i = 1 + ((c.c::bigint * 7919 + k::bigint * 104729) % ${city.youngPeople})
   WHERE c.status IN ('OPEN', 'CLOSED') AND y.consented`;

/** Findings: five per closed consultation, recorded two days after it closed. Columns: c, f, id, consultation_id, title, created_at. */
export const findingsSql = (consultations: string): string => `
  SELECT c.c, f, ${uid(`'city:finding:' || c.c || ':' || f`)} AS id, c.id AS consultation_id,
         'Finding ' || f || ' of consultation ' || c.c || ': ' || c.theme AS title,
         c.closed_at + interval '2 days' + f * interval '1 hour' AS created_at
    FROM ${consultations} c CROSS JOIN generate_series(1, 5) f
   WHERE c.status = 'CLOSED'`;

/** Forums: three partnership-wide, then four per organisation. Columns: f, id, organisation_id, kind, name. */
export const forumsSql = (city: CityScale): string => `
  SELECT f, ${uid(`'city:forum:' || f`)} AS id,
         CASE WHEN f <= 3 THEN NULL ELSE ${organisationId(`1 + (f - 4) / 4`)} END AS organisation_id,
         CASE WHEN f = 1 THEN 'PARTNERSHIP_BOARD' WHEN f = 2 THEN 'CORPORATE_PARENTING_BOARD' WHEN f = 3 THEN 'YOUTH_COUNCIL'
              ELSE (ARRAY['STANDING_GROUP', 'STEERING_GROUP', 'MANAGEMENT_COMMITTEE', 'RECRUITMENT_PANEL'])[1 + (f - 4) % 4] END AS kind,
         'Forum ' || f AS name
    FROM generate_series(1, ${3 + city.organisations * 4}) f`;

/**
 * Decisions, evenly from April 2024 (d in time order) by forum 1 + d mod F; 60% cite one to three
 * findings of the consultation created about 90 days before (closed by then). Columns of the
 * decisions: d, id, forum_id, decided_at, young_people_involved, cited_c (the consultation number).
 */
export const decisionsSql = (city: CityScale): string => `
  SELECT d, ${uid(`'city:decision:' || d`)} AS id, ${uid(`'city:forum:' || (1 + d % ${3 + city.organisations * 4})`)} AS forum_id, decided_at,
         ${h(`'involved' || d`)} < 0.5 AS young_people_involved,
         CASE WHEN ${h(`'cites' || d`)} < 0.6 THEN greatest(1, floor(extract(epoch FROM decided_at - interval '90 days' - timestamptz '${CITY_START}')
                / extract(epoch FROM timestamptz '${LAST_CREATED}' - timestamptz '${CITY_START}') * ${city.consultations})::int) END AS cited_c,
         1 + d % 3 AS cited_findings
    FROM (SELECT d, timestamptz '2024-04-01' + (d - 1)::float8 / ${city.decisions} * (timestamptz '${CITY_NOW}' - interval '7 days' - timestamptz '2024-04-01')
                    + ${h(`'djitter' || d`)} * interval '1 day' AS decided_at
            FROM generate_series(1, ${city.decisions}) d) t`;

/** (decision, finding) citations, given decisions as "d" and findings as "f" in scope. */
export const citationsSql = (decisions: string, findings: string): string => `
  SELECT d.id AS decision_id, f.id AS finding_id, f.consultation_id, d.decided_at
    FROM ${decisions} d JOIN ${findings} f ON f.c = d.cited_c AND f.f <= d.cited_findings
   WHERE f.created_at < d.decided_at`;

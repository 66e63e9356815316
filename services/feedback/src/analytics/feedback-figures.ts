import { LundyAnswer, MatchedRow, MonthPeriod } from '@voicegraph/platform';
import { DataSource } from 'typeorm';
import { LUNDY_QUESTIONS, ObligationCounts, OutcomeRow, VoiceCheckCounts } from '../domain/analytics';

/**
 * The SQL behind feedback analytics: GROUP BY over this service's own tables and its projection of
 * consultations (for the organisations). The resolver publishes voice checks (young people) only
 * through disclosure control (domain/analytics.ts). $1 partnership, $2 organisations (null: all).
 */
const ofOrganisations = (consultationId: string) => `($2::uuid[] IS NULL OR EXISTS (
  SELECT 1 FROM feedback.consultation c WHERE c.id = ${consultationId}
     AND (c.lead_organisation_id = ANY($2::uuid[]) OR c.partner_organisation_ids && $2::uuid[])))`;

/** Obligations due in the period: met on time or late, overdue (past due today) or open; median days from closing to first feedback. */
export async function countObligations(
  db: DataSource,
  partnershipId: string,
  organisationIds: string[] | null,
  period: MonthPeriod,
  today: string,
): Promise<ObligationCounts> {
  const [row] = await db.query(
    `SELECT count(*)::int AS due,
            count(*) FILTER (WHERE o.status = 'MET' AND o.on_time)::int AS on_time,
            count(*) FILTER (WHERE o.status = 'MET' AND NOT o.on_time)::int AS late,
            count(*) FILTER (WHERE o.status <> 'MET' AND o.due_on < $5::date)::int AS overdue,
            count(*) FILTER (WHERE o.status <> 'MET' AND o.due_on >= $5::date)::int AS open,
            percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM o.met_at - o.closed_at) / 86400) FILTER (WHERE o.status = 'MET') AS median_days
       FROM feedback.feedback_obligation o
      WHERE o.partnership_id = $1 AND ${ofOrganisations('o.consultation_id')} AND o.due_on >= $3::date AND o.due_on <= $4::date`,
    [partnershipId, organisationIds, period.from, period.to, today],
  );
  return {
    due: row.due,
    metOnTime: row.on_time,
    metLate: row.late,
    overdue: row.overdue,
    open: row.open,
    medianDaysToFeedback: row.median_days === null ? null : Number(row.median_days),
  };
}

/** Outcomes first recorded in the period, by status and boundary. */
export async function countOutcomes(
  db: DataSource,
  partnershipId: string,
  organisationIds: string[] | null,
  period: MonthPeriod,
): Promise<OutcomeRow[]> {
  const rows: OutcomeRow[] = await db.query(
    `SELECT o.status, o.boundary, count(*)::int AS count
       FROM feedback.outcome o
      WHERE o.partnership_id = $1 AND ${ofOrganisations('o.consultation_id')} AND o.created_at >= $3 AND o.created_at < $4
      GROUP BY o.status, o.boundary`,
    [partnershipId, organisationIds, period.start, period.endExclusive],
  );
  return rows;
}

/** Voice checks submitted in the period: how many, the sum of felt heard, and each answer to each Lundy question. */
export async function countVoiceChecks(
  db: DataSource,
  partnershipId: string,
  organisationIds: string[] | null,
  period: MonthPeriod,
): Promise<VoiceCheckCounts> {
  const rows: { question: string; answer: LundyAnswer | null; people: number; felt_heard: number }[] = await db.query(
    `WITH v AS (
       SELECT v.space, v.voice, v.audience, v.influence, v.felt_heard FROM feedback.voice_check v
        WHERE v.partnership_id = $1 AND ${ofOrganisations('v.consultation_id')} AND v.submitted_at >= $3 AND v.submitted_at < $4)
     SELECT 'all' AS question, NULL AS answer, count(*)::int AS people, COALESCE(sum(felt_heard), 0)::int AS felt_heard FROM v
     UNION ALL SELECT 'space', space, count(*)::int, 0 FROM v GROUP BY space
     UNION ALL SELECT 'voice', voice, count(*)::int, 0 FROM v GROUP BY voice
     UNION ALL SELECT 'audience', audience, count(*)::int, 0 FROM v GROUP BY audience
     UNION ALL SELECT 'influence', influence, count(*)::int, 0 FROM v GROUP BY influence`,
    [partnershipId, organisationIds, period.start, period.endExclusive],
  );
  const all = rows.find((row) => row.question === 'all')!;
  const answers = Object.fromEntries(LUNDY_QUESTIONS.map((q) => [q, {}])) as VoiceCheckCounts['answers'];
  for (const row of rows) {
    if (row.question !== 'all' && row.answer)
      answers[row.question as keyof VoiceCheckCounts['answers']][row.answer] = row.people;
  }
  return { total: all.people, feltHeardSum: all.felt_heard, answers };
}

/**
 * Voice checks of the period per UTC month and per set of filter organisations their consultation
 * has (lead or partner; null when unfiltered; empty when the filter leaves them out): what the
 * differencing test (platform monthSlices) needs to see the figure beside every figure it could
 * be compared with. The whole partnership is read, not just the filter, for the complement.
 */
export async function voiceCheckMonths(
  db: DataSource,
  partnershipId: string,
  organisationIds: string[] | null,
  period: MonthPeriod,
): Promise<MatchedRow[]> {
  const rows: { month: string; matched: string[] | null; count: number }[] = await db.query(
    `SELECT to_char(v.submitted_at AT TIME ZONE 'UTC', 'YYYY-MM') AS month,
            CASE WHEN $2::uuid[] IS NULL THEN NULL ELSE ARRAY(
              SELECT DISTINCT o FROM unnest(c.lead_organisation_id || c.partner_organisation_ids) o
               WHERE o = ANY($2::uuid[]) ORDER BY o)::text[] END AS matched,
            count(*)::int AS count
       FROM feedback.voice_check v LEFT JOIN feedback.consultation c ON c.id = v.consultation_id
      WHERE v.partnership_id = $1 AND v.submitted_at >= $3 AND v.submitted_at < $4
      GROUP BY 1, 2`,
    [partnershipId, organisationIds, period.start, period.endExclusive],
  );
  return rows.map((row) => ({
    month: row.month,
    matched: row.matched ?? (organisationIds ? [] : null),
    count: row.count,
  }));
}

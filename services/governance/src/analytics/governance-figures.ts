import { MonthPeriod } from '@voicegraph/platform';
import { DataSource } from 'typeorm';
import { CourseCount, DecisionCounts, SeatRow } from '../domain/analytics';

/**
 * The SQL behind governance analytics: GROUP BY over this service's own tables. The resolver
 * publishes the seat counts (young people) only through disclosure control (domain/analytics.ts).
 * $1 partnership, $2 organisations (null: all), then the period.
 */
const byOrganisation = (column: string) => `($2::uuid[] IS NULL OR ${column} = ANY($2::uuid[]))`;

/** Decisions made in the period by forums (of the organisations). */
export async function countDecisions(
  db: DataSource,
  partnershipId: string,
  organisationIds: string[] | null,
  period: MonthPeriod,
): Promise<DecisionCounts> {
  const [row] = await db.query(
    `SELECT count(*)::int AS made,
            count(*) FILTER (WHERE EXISTS (SELECT 1 FROM governance.decision_evidence e WHERE e.decision_id = d.id))::int AS citing,
            count(*) FILTER (WHERE d.young_people_involved)::int AS involving
       FROM governance.decision d JOIN governance.forum f ON f.id = d.forum_id
      WHERE d.partnership_id = $1 AND ${byOrganisation('f.organisation_id')} AND d.decided_at >= $3 AND d.decided_at < $4`,
    [partnershipId, organisationIds, period.start, period.endExclusive],
  );
  return { made: row.made, citingFindings: row.citing, involvingYoungPeople: row.involving };
}

/** Seats held at any time in the period, per forum kind, and how many of them by young people. */
export async function countSeats(
  db: DataSource,
  partnershipId: string,
  organisationIds: string[] | null,
  period: MonthPeriod,
): Promise<SeatRow[]> {
  const rows: { kind: SeatRow['forumKind']; seats: number; young: number }[] = await db.query(
    `SELECT f.kind, count(*)::int AS seats, count(*) FILTER (WHERE s.held_by_young_person)::int AS young
       FROM governance.seat s JOIN governance.forum f ON f.id = s.forum_id
      WHERE s.partnership_id = $1 AND ${byOrganisation('f.organisation_id')} AND s.starts_on <= $4 AND (s.ends_on IS NULL OR s.ends_on >= $3)
      GROUP BY f.kind`,
    [partnershipId, organisationIds, period.from, period.to],
  );
  return rows.map((r) => ({ forumKind: r.kind, seats: r.seats, heldByYoungPeople: r.young }));
}

/** Objectives running in the period (owned by the organisations), grouped by course so status is computed once per course. */
export async function countObjectiveCourses(
  db: DataSource,
  partnershipId: string,
  organisationIds: string[] | null,
  period: MonthPeriod,
): Promise<CourseCount[]> {
  const rows: {
    baseline: number;
    target: number;
    starts_on: string;
    due_on: string;
    latest_value: number | null;
    count: number;
  }[] = await db.query(
    `SELECT baseline, target, to_char(starts_on, 'YYYY-MM-DD') AS starts_on, to_char(due_on, 'YYYY-MM-DD') AS due_on, latest_value, count(*)::int AS count
       FROM governance.objective
      WHERE partnership_id = $1 AND ${byOrganisation('owner_organisation_id')} AND starts_on <= $4 AND due_on >= $3
      GROUP BY baseline, target, starts_on, due_on, latest_value`,
    [partnershipId, organisationIds, period.from, period.to],
  );
  return rows.map((r) => ({
    baseline: r.baseline,
    target: r.target,
    startsOn: r.starts_on,
    dueOn: r.due_on,
    latestValue: r.latest_value,
    count: r.count,
  }));
}

/** Plans covering the period (of the organisations), and how many are overdue for review today. */
export async function countPlans(
  db: DataSource,
  partnershipId: string,
  organisationIds: string[] | null,
  period: MonthPeriod,
  today: string,
) {
  const [row] = await db.query(
    `SELECT count(*)::int AS plans, count(*) FILTER (WHERE review_on < $5)::int AS overdue
       FROM governance.plan
      WHERE partnership_id = $1 AND ${byOrganisation('organisation_id')} AND period_start <= $4 AND period_end >= $3`,
    [partnershipId, organisationIds, period.from, period.to, today],
  );
  return { plans: row.plans as number, overdueReviews: row.overdue as number };
}

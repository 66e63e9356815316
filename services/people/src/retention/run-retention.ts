import { calendarDate, Cohort, lockPeopleForErasure } from '@voicegraph/platform';
import { DataSource, EntityManager } from 'typeorm';
import { isPastRetention, RetentionRule } from '../domain/retention';
import { erasePersonRecord } from '../commands/erase-person';
import { PersonEntity } from '../entities';

/** One person the rule reaches, as the dry run lists them for review. */
export interface RetentionDue {
  personId: string;
  partnershipId: string;
  lastActivityOn: string;
}

export interface RetentionReport {
  today: string;
  rule: RetentionRule;
  partnershipId: string | null;
  dryRun: boolean;
  due: RetentionDue[];
  erased: string[];
}

export interface RetentionOptions {
  today?: Date;
  dryRun: boolean;
  /** Only this partnership (partnerships may keep different policies; tests keep to their own). */
  partnershipId?: string | null;
  /** A real run erases only when exactly this many people are due: the number its dry run reported. */
  confirmCount?: number;
}

export class RetentionRefused extends Error {}

interface CandidateRow {
  personId: string;
  partnershipId: string;
  dateOfBirth: string;
  cohorts: Cohort[];
  lastActivityOn: string;
}

const PAGE = 1000;

/**
 * Activity, as people knows it: registration, any change to the record, any consent recorded or
 * withdrawn, and the latest activity other services reported (last_activity_at, from their
 * events). Only young people with a date of birth at least `fromAge` years ago are looked at.
 */
const CANDIDATES = `
  SELECT p.id AS "personId", p.partnership_id AS "partnershipId", to_char(p.date_of_birth, 'YYYY-MM-DD') AS "dateOfBirth",
         p.cohorts, to_char(GREATEST(p.created_at, p.updated_at, p.last_activity_at,
           (SELECT max(GREATEST(c.recorded_at, c.withdrawn_at)) FROM people.consent c WHERE c.person_id = p.id))
           AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS "lastActivityOn"
    FROM people.person p
   WHERE p.kind = 'YOUNG_PERSON' AND p.date_of_birth IS NOT NULL
     AND p.date_of_birth <= ($1::date - make_interval(years => $2))
     AND ($3::uuid IS NULL OR p.partnership_id = $3::uuid)`;

async function dueOnPage(
  manager: EntityManager,
  rule: RetentionRule,
  today: Date,
  partnershipId: string | null,
  after: string,
): Promise<{ rows: CandidateRow[]; due: RetentionDue[] }> {
  const rows: CandidateRow[] = await manager.query(`${CANDIDATES} AND p.id > $4 ORDER BY p.id LIMIT ${PAGE}`, [
    calendarDate(today),
    rule.fromAge,
    partnershipId,
    after,
  ]);
  const due = rows
    .filter((row) => isPastRetention(row, rule, today))
    .map(({ personId, partnershipId: p, lastActivityOn }) => ({ personId, partnershipId: p, lastActivityOn }));
  return { rows, due };
}

/** Everyone the rule reaches today, in id order. Reads only. */
export async function listDue(
  dataSource: DataSource,
  rule: RetentionRule,
  today: Date,
  partnershipId: string | null,
): Promise<RetentionDue[]> {
  const due: RetentionDue[] = [];
  for (let after = '00000000-0000-0000-0000-000000000000'; ;) {
    const page = await dueOnPage(dataSource.manager, rule, today, partnershipId, after);
    due.push(...page.due);
    if (page.rows.length < PAGE) return due;
    after = page.rows[page.rows.length - 1].personId;
  }
}

/**
 * The retention rule. A dry run lists who is due and writes nothing. A real run erases each of
 * them through the same path as requestErasure, one transaction each, checking the rule again
 * on the locked row (activity may have arrived since the list was made). Running it twice erases
 * nobody twice: an erased person has no row left.
 */
export async function runRetention(
  dataSource: DataSource,
  erasureKey: string,
  rule: RetentionRule,
  options: RetentionOptions,
): Promise<RetentionReport> {
  const today = options.today ?? new Date();
  const partnershipId = options.partnershipId ?? null;
  const due = await listDue(dataSource, rule, today, partnershipId);
  const report: RetentionReport = {
    today: calendarDate(today),
    rule,
    partnershipId,
    dryRun: options.dryRun,
    due,
    erased: [],
  };
  if (options.dryRun || due.length === 0) return report;
  if (options.confirmCount !== due.length)
    throw new RetentionRefused(
      `${due.length} people are due for erasure, but the run was confirmed for ${options.confirmCount ?? 'none'}. Run with --dry-run, review the list, then confirm with --confirm ${due.length}.`,
    );
  for (const { personId } of due) {
    const erased = await dataSource.transaction(async (tx) => {
      await lockPeopleForErasure(tx, [personId], 'erase'); // before the row lock, as requestErasure
      const person = await tx.findOne(PersonEntity, { where: { id: personId }, lock: { mode: 'pessimistic_write' } });
      if (!person) return false;
      const [row]: CandidateRow[] = await tx.query(`${CANDIDATES} AND p.id = $4`, [
        calendarDate(today),
        rule.fromAge,
        partnershipId,
        personId,
      ]);
      if (!row || !isPastRetention(row, rule, today)) return false;
      await erasePersonRecord(tx, erasureKey, person, null, 'RETENTION_RULE');
      return true;
    });
    if (erased) report.erased.push(personId);
  }
  return report;
}

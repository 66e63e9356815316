import {
  AGE_BANDS as PLATFORM_AGE_BANDS,
  AgeBand,
  Cohort,
  COHORTS as PLATFORM_COHORTS,
  LadderLevel,
  ParticipationContext,
  publishActivity,
  publishedShare,
  Published,
  publishPeopleCount,
  publishPeopleOverlapping,
  publishPeoplePartition,
  withheld,
  isSmall,
  cellsLeavingFewOut,
  leavesFewOut,
} from '@voicegraph/platform';
import { Approach, approachOf, ConsultationMode } from './consultation-rules';

export const LADDER_LEVELS: LadderLevel[] = [
  'COERCION',
  'EDUCATING',
  'INFORMING',
  'CONSULTING',
  'ENGAGING',
  'CO_DESIGNING',
  'CO_PRODUCING',
];
export const APPROACHES: Approach[] = ['DOING_TO', 'DOING_FOR', 'DOING_WITH'];
export const CONTEXTS: ParticipationContext[] = ['INDIVIDUAL', 'SOCIAL', 'FORMAL_GROUP'];
export const MODES: ConsultationMode[] = ['IN_PERSON', 'VIRTUAL', 'HYBRID', 'DIGITAL'];
export const AGE_BANDS: AgeBand[] = [...PLATFORM_AGE_BANDS];
/** In the platform's order, which is reach_month's bit order. */
export const COHORTS: Cohort[] = [...PLATFORM_COHORTS];

/** One row of the consultations count, grouped by ladder level, context and mode. */
export interface ConsultationCountRow {
  ladderLevel: LadderLevel;
  context: ParticipationContext;
  mode: ConsultationMode;
  count: number;
}

export interface Count<K> {
  key: K;
  count: number;
  share: number | null;
}

const share = (count: number, total: number): number | null =>
  total === 0 ? null : Math.round((count / total) * 1000) / 1000;

function countBy<K extends string>(
  rows: ConsultationCountRow[],
  keys: K[],
  keyOf: (row: ConsultationCountRow) => K,
): Count<K>[] {
  const total = rows.reduce((sum, row) => sum + row.count, 0);
  return keys.map((key) => {
    const count = rows.filter((row) => keyOf(row) === key).reduce((sum, row) => sum + row.count, 0);
    return { key, count, share: share(count, total) };
  });
}

/** Consultations are not people: their counts are published as they are, every category shown (zeros too). */
export function consultationFigures(
  rows: ConsultationCountRow[],
  byOrganisation: { organisationId: string; count: number }[],
) {
  const total = rows.reduce((sum, row) => sum + row.count, 0);
  return {
    total,
    byLadderLevel: countBy(rows, LADDER_LEVELS, (row) => row.ladderLevel),
    byApproach: countBy(rows, APPROACHES, (row) => approachOf(row.ladderLevel)),
    byContext: countBy(rows, CONTEXTS, (row) => row.context),
    byMode: countBy(rows, MODES, (row) => row.mode),
    byOrganisation: byOrganisation.map((row) => ({
      key: row.organisationId,
      count: row.count,
      share: share(row.count, total),
    })),
  };
}

/**
 * Rule 6 (docs/privacy.md): a finding's contribution count for a caller who may not read its
 * contributions (analysts, young people, staff of other organisations). The count stands on the
 * young people who wrote them, not on the contributions: it is withheld (null) while 1 to the
 * threshold young people wrote them, however many they wrote, and otherwise rounded to the nearest
 * 5, as a participation figure's contributions are published behind the people who took part.
 * `authors` holds each contribution's author; null (erased, or no longer found) counts as one
 * author for all of them together, the fewest they could be, so an erasure lets no count through.
 */
export function findingContributionCount(authors: (string | null)[], threshold: number): number | null {
  const people = new Set(authors.filter((a) => a !== null)).size + (authors.includes(null) ? 1 : 0);
  return publishActivity(authors.length, publishPeopleCount(people, threshold)).value;
}

/** How the ladder distribution moved from `compared` to `current`. */
export function ladderShift(current: ConsultationCountRow[], compared: ConsultationCountRow[]) {
  const now = countBy(current, LADDER_LEVELS, (row) => row.ladderLevel);
  const before = countBy(compared, LADDER_LEVELS, (row) => row.ladderLevel);
  return now.map((cell, i) => ({
    ladderLevel: cell.key,
    count: cell.count,
    comparedCount: before[i].count,
    change: cell.count - before[i].count,
    share: cell.share,
    comparedShare: before[i].share,
  }));
}

/** Young people reached in one cell, and their contributions. */
export interface ReachRow {
  people: number;
  contributions: number;
}

export interface ReachInput {
  threshold: number;
  byAgeBand: Map<AgeBand, ReachRow>;
  byCohort: Map<Cohort, ReachRow>;
  byOrganisation: Map<string, ReachRow>;
  /** Registered young people per cohort, and in all, under the same filter. */
  registeredByCohort: Map<Cohort, number>;
  registeredTotal: number;
  ageBands: AgeBand[];
  cohorts: Cohort[];
  organisationIds: string[];
  /** Young people of the whole partnership in the period the filter leaves out (0 when unfiltered). */
  leftOut: number;
  /** The same figures for the whole partnership, when a filter narrows them (see reachCellsLeavingFewOut). */
  whole?: WholePartnershipReach | null;
}

/** Reach and registered young people of the whole partnership in the period, per cell. */
export interface WholePartnershipReach {
  byAgeBand: Map<AgeBand, ReachRow>;
  byCohort: Map<Cohort, ReachRow>;
  byOrganisation: Map<string, ReachRow>;
  registeredByCohort: Map<Cohort, number>;
  registeredTotal: number;
}

export interface PublishedReach {
  youngPeople: Published;
  contributions: Published;
}

const none: ReachRow = { people: 0, contributions: 0 };

/**
 * Publishes reach through disclosure control only: age bands are a partition of the young
 * people reached (primary + secondary suppression, the total from it); cohorts and organisations
 * overlap (one person can be in several) so each is protected alone and against the total.
 * Contributions are published only where the count of young people behind them is.
 */
export function publishReach(input: ReachInput) {
  const { threshold } = input;
  if (isSmall(input.leftOut, threshold)) return withheldReach(input);
  const fewOut = reachCellsLeavingFewOut(input);
  const ageCells = input.ageBands.map((key) => ({ key, count: (input.byAgeBand.get(key) ?? none).people }));
  const partition = publishPeoplePartition(ageCells, threshold, fewOut.ageBands);
  const population = ageCells.reduce((sum, cell) => sum + cell.count, 0);
  const contributionsTotal = [...input.byAgeBand.values()].reduce((sum, row) => sum + row.contributions, 0);
  const withActivity = <K>(key: K, people: Published, row: ReachRow) => ({
    key,
    youngPeople: people,
    contributions: publishActivity(row.contributions, people),
  });

  const cohortPeople = publishPeopleOverlapping(
    input.cohorts.map((key) => ({ key, count: (input.byCohort.get(key) ?? none).people })),
    population,
    threshold,
    fewOut.cohorts,
  );
  const registered = publishRegistered(input);
  const organisationPeople = publishPeopleOverlapping(
    input.organisationIds.map((key) => ({ key, count: (input.byOrganisation.get(key) ?? none).people })),
    population,
    threshold,
    fewOut.organisations,
  );

  return {
    youngPeople: partition.total,
    contributions: publishActivity(contributionsTotal, partition.total),
    registeredYoungPeople: registered.total,
    byAgeBand: partition.cells.map((cell) => withActivity(cell.key, cell.count, input.byAgeBand.get(cell.key) ?? none)),
    byOrganisation: organisationPeople.map((cell) =>
      withActivity(cell.key, cell.count, input.byOrganisation.get(cell.key) ?? none),
    ),
    byCohort: cohortPeople.map((cell, i) => ({
      ...withActivity(cell.key, cell.count, input.byCohort.get(cell.key) ?? none),
      registered: registered.byCohort[i].count,
      reach: publishedShare(cell.count, registered.byCohort[i].count),
    })),
  };
}

const peopleCells = <K>(keys: K[], rows: Map<K, ReachRow>) =>
  keys.map((key) => ({ key, count: (rows.get(key) ?? none).people }));

/**
 * Rule 5 cell by cell: a filter may leave out many young people but only one of them in care, or
 * aged 11 to 15, or taking part through organisation B; the cell for the whole partnership minus
 * the same cell under the filter would then isolate them (a rounded count stepping from 5 to 10).
 * So each cell (age band, cohort, organisation; registered per cohort and in all) that leaves 1 up
 * to the threshold of the whole partnership's cell out is withheld (platform leavesFewOut). Age
 * bands are a partition: the withheld ones then take secondary suppression with them.
 */
export function reachCellsLeavingFewOut(input: ReachInput) {
  const { whole, threshold } = input;
  const cells = <K extends string>(keys: K[], part: Map<K, ReachRow>, all: Map<K, ReachRow> | undefined) =>
    all ? cellsLeavingFewOut(peopleCells(keys, part), peopleCells(keys, all), threshold) : new Set<K>();
  const registeredCells = (map: Map<Cohort, number>) => input.cohorts.map((key) => ({ key, count: map.get(key) ?? 0 }));
  return {
    ageBands: cells(input.ageBands, input.byAgeBand, whole?.byAgeBand),
    cohorts: cells(input.cohorts, input.byCohort, whole?.byCohort),
    organisations: cells(input.organisationIds, input.byOrganisation, whole?.byOrganisation),
    registeredCohorts: whole
      ? cellsLeavingFewOut(
          registeredCells(input.registeredByCohort),
          registeredCells(whole.registeredByCohort),
          threshold,
        )
      : new Set<Cohort>(),
    registeredTotal: !!whole && leavesFewOut(input.registeredTotal, whole.registeredTotal, threshold),
  };
}

/** Registered young people, in all and per cohort, through disclosure control and reachCellsLeavingFewOut. */
function publishRegistered(input: ReachInput) {
  const fewOut = reachCellsLeavingFewOut(input);
  return {
    total: fewOut.registeredTotal ? withheld : publishPeopleCount(input.registeredTotal, input.threshold),
    byCohort: publishPeopleOverlapping(
      input.cohorts.map((key) => ({ key, count: input.registeredByCohort.get(key) ?? 0 })),
      input.registeredTotal,
      input.threshold,
      fewOut.registeredCohorts,
    ),
  };
}

/**
 * A filter that leaves out 1 to the threshold of the young people who took part in the period: its
 * figures beside the whole partnership's would say what those few are (the one young person outside
 * organisation A is in care when the rounded count of young people in care steps from 5 to 10). So
 * every figure about the young people taking part is withheld; registered young people (a
 * different population, not of the period) stay as they are.
 */
function withheldReach(input: ReachInput) {
  const cell = <K>(key: K) => ({ key, youngPeople: withheld, contributions: withheld });
  const registered = publishRegistered(input);
  return {
    youngPeople: withheld,
    contributions: withheld,
    registeredYoungPeople: registered.total,
    byAgeBand: input.ageBands.map(cell),
    byOrganisation: input.organisationIds.map(cell),
    byCohort: input.cohorts.map((key, i) => ({
      ...cell(key),
      registered: registered.byCohort[i].count,
      reach: withheld,
    })),
  };
}

/** Young people counted per age band and cohort set (cohorts as reach_month's bit mask: bit i is COHORTS[i]). */
export interface PeopleReachRow {
  ageBand: AgeBand;
  cohortMask: number;
  people: number;
  contributions: number;
}

/**
 * Folds people-per-(age band, cohort set) into per-age-band and per-cohort figures. Each person is
 * in exactly one row, so adding rows up counts everyone once per cell.
 */
export function foldPeopleReach(rows: PeopleReachRow[]): {
  byAgeBand: Map<AgeBand, ReachRow>;
  byCohort: Map<Cohort, ReachRow>;
} {
  const byAgeBand = new Map<AgeBand, ReachRow>();
  const byCohort = new Map<Cohort, ReachRow>();
  const add = <K>(map: Map<K, ReachRow>, key: K, row: PeopleReachRow) => {
    const sum = map.get(key) ?? { people: 0, contributions: 0 };
    map.set(key, { people: sum.people + row.people, contributions: sum.contributions + row.contributions });
  };
  for (const row of rows) {
    add(byAgeBand, row.ageBand, row);
    COHORTS.forEach((cohort, bit) => {
      if (row.cohortMask & (1 << bit)) add(byCohort, cohort, row);
    });
  }
  return { byAgeBand, byCohort };
}

/** Registered young people per cohort set. */
export interface RegisteredRow {
  cohorts: Cohort[];
  count: number;
}

export function foldRegistered(rows: RegisteredRow[]): { byCohort: Map<Cohort, number>; total: number } {
  const byCohort = new Map<Cohort, number>();
  let total = 0;
  for (const row of rows) {
    total += row.count;
    for (const cohort of new Set(row.cohorts)) byCohort.set(cohort, (byCohort.get(cohort) ?? 0) + row.count);
  }
  return { byCohort, total };
}

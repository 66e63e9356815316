import {
  BOUNDARY_KINDS,
  BoundaryKind,
  LundyAnswer,
  OutcomeStatus,
  Published,
  publishPeopleCount,
  publishPeoplePartition,
  publishRate,
  withheld,
} from '@voicegraph/platform';

export const OUTCOME_STATUSES: OutcomeStatus[] = [
  'RECEIVED',
  'UNDER_CONSIDERATION',
  'ACCEPTED',
  'PARTLY_ACCEPTED',
  'NOT_ACCEPTED',
];
export const LUNDY_ANSWERS: LundyAnswer[] = ['YES', 'PARTLY', 'NO', 'NOT_SURE'];
export const LUNDY_QUESTIONS = ['space', 'voice', 'audience', 'influence'] as const;
export type LundyQuestion = (typeof LUNDY_QUESTIONS)[number];

/** Obligations due in a period, counted in SQL; the median over the met ones (null when none was met). */
export interface ObligationCounts {
  due: number;
  metOnTime: number;
  metLate: number;
  overdue: number;
  open: number;
  medianDaysToFeedback: number | null;
}

const oneDecimal = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);

/**
 * Obligations are not people: counts are shown as they are. The median days to feedback is a
 * statistic over consultations, but it is withheld like a rate unless more than the threshold of
 * met obligations stand behind it, so a narrow filter cannot pin one consultation's timing.
 */
export function obligationFigures(counts: ObligationCounts, threshold: number) {
  const met = counts.metOnTime + counts.metLate;
  return {
    due: counts.due,
    metOnTime: counts.metOnTime,
    metLate: counts.metLate,
    overdue: counts.overdue,
    open: counts.open,
    onTimeShare: counts.due === 0 ? null : Math.round((counts.metOnTime / counts.due) * 1000) / 1000,
    medianDaysToFeedback: publishRate(oneDecimal(counts.medianDaysToFeedback), met, threshold),
  };
}

export interface OutcomeRow {
  status: OutcomeStatus;
  boundary: BoundaryKind | null;
  count: number;
}

/** Outcomes are not people: every status and boundary listed, zeros too. */
export function outcomeFigures(rows: OutcomeRow[]) {
  const sum = (match: (row: OutcomeRow) => boolean) => rows.filter(match).reduce((total, row) => total + row.count, 0);
  return {
    total: sum(() => true),
    byStatus: OUTCOME_STATUSES.map((status) => ({ status, count: sum((row) => row.status === status) })),
    byBoundary: BOUNDARY_KINDS.map((boundary) => ({ boundary, count: sum((row) => row.boundary === boundary) })),
  };
}

/** Voice checks in a period: per question, how many young people gave each answer; and felt heard. */
export interface VoiceCheckCounts {
  total: number;
  feltHeardSum: number;
  answers: Record<LundyQuestion, Partial<Record<LundyAnswer, number>>>;
}

export interface PublishedLundyAnswer {
  answer: LundyAnswer;
  youngPeople: Published;
}

/**
 * Voice checks are young people. Each question's answers partition them (primary and secondary
 * suppression, then rounding to 5); the count is published on its own, rounded. The mean felt heard
 * is withheld unless more than the threshold answered, and shown to one decimal.
 *
 * Rounding does not stop differencing: 7 voice checks with mean 3.9 and 6 of them (one
 * organisation) with mean 4.3 pin the sums at 27 and 26, so the seventh answered 1; and a rounded
 * count of answers that steps from 5 to 10 when one person is added says which answer they gave.
 * So when this figure could be compared with another one that differs by 1 to the threshold
 * voice checks (`isolatesFew`: the filter's complement, one organisation fewer, a month more or
 * less; platform isolatesFewByDifference), every voice-check figure is withheld, the count too.
 */
export function voiceCheckFigures(counts: VoiceCheckCounts, threshold: number, isolatesFew: boolean) {
  if (isolatesFew) return withheldVoiceChecks();
  const mean = counts.total === 0 ? null : counts.feltHeardSum / counts.total;
  const question = (q: LundyQuestion): PublishedLundyAnswer[] =>
    publishPeoplePartition(
      LUNDY_ANSWERS.map((key) => ({ key, count: counts.answers[q][key] ?? 0 })),
      threshold,
    ).cells.map((cell) => ({ answer: cell.key, youngPeople: cell.count }));
  return {
    youngPeople: publishPeopleCount(counts.total, threshold),
    meanFeltHeard: publishRate(oneDecimal(mean), counts.total, threshold),
    space: question('space'),
    voice: question('voice'),
    audience: question('audience'),
    influence: question('influence'),
  };
}

/** Every voice-check figure withheld, each answer of each question too (zeros included). */
function withheldVoiceChecks() {
  const question = (): PublishedLundyAnswer[] => LUNDY_ANSWERS.map((answer) => ({ answer, youngPeople: withheld }));
  return {
    youngPeople: withheld,
    meanFeltHeard: withheld,
    space: question(),
    voice: question(),
    audience: question(),
    influence: question(),
  };
}

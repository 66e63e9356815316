/**
 * The data set the analytics adversary attacks, as plain data: who the young people are, where
 * they took part, what they contributed, the findings drawn from it, the feedback sent, the seats
 * they hold and the voice checks they sent. It is built twice, in two partnerships, identical but
 * for one child (`x`), whose age band, cohorts, seat, voice check, one participation and the
 * findings drawing on their contribution differ. The adversary knows all of it, except which of
 * the two worlds it is looking at.
 *
 * Months are counted back from this month (0 = this month, 1 = last month).
 */

export type Org = 'A' | 'B';
export type Context = 'INDIVIDUAL' | 'SOCIAL' | 'FORMAL_GROUP';
export type Answer = 'YES' | 'PARTLY' | 'NO' | 'NOT_SURE';
export const QUESTIONS = ['space', 'voice', 'audience', 'influence'] as const;
export type Question = (typeof QUESTIONS)[number];

export interface YoungPersonPlan {
  name: string;
  org: Org;
  age: number;
  cohorts: string[];
}
/** Run in one month; closed once its contributions are in, so feedback is owed and can be sent. */
export interface ConsultationPlan {
  key: string;
  lead: Org;
  partners: Org[];
  context: Context;
  month: number;
}
export interface ParticipationPlan {
  person: string;
  consultation: string;
}
export interface ForumPlan {
  key: string;
  /** null: a partnership-wide forum, which no organisation filter reaches. */
  org: Org | null;
  kind: string;
}
export interface SeatPlan {
  person: string;
  forum: string;
  /** Starts on the 1st of this many months ago; open-ended. */
  fromMonth: number;
  young: boolean;
}
export interface VoiceCheckPlan {
  person: string;
  consultation: string;
  month: number;
  feltHeard: number;
  answers: Record<Question, Answer>;
}
/** A contribution to a consultation, submitted by the young person and dated in the consultation's month. */
export interface ContributionPlan {
  key: string;
  person: string;
  consultation: string;
}
/** A finding recorded by the lead organisation's staff, drawing on these contributions. */
export interface FindingPlan {
  key: string;
  consultation: string;
  contributions: string[];
}
/** Feedback sent by the lead's staff once the consultation closed: it goes to everyone who took part. */
export interface FeedbackPlan {
  key: string;
  consultation: string;
}
export interface WorldPlan {
  young: YoungPersonPlan[];
  consultations: ConsultationPlan[];
  participations: ParticipationPlan[];
  forums: ForumPlan[];
  seats: SeatPlan[];
  voiceChecks: VoiceCheckPlan[];
  contributions: ContributionPlan[];
  findings: FindingPlan[];
  feedback: FeedbackPlan[];
}

/** The one child the two worlds disagree about. */
export const CHILD = 'x';

const names = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);
const every = (answer: Answer): Record<Question, Answer> => ({
  space: answer,
  voice: answer,
  audience: answer,
  influence: answer,
});
const mixed = (i: number): Record<Question, Answer> => ({
  space: i % 3 === 0 ? 'PARTLY' : 'YES',
  voice: i % 4 === 0 ? 'NO' : 'YES',
  audience: 'YES',
  influence: i % 2 === 0 ? 'PARTLY' : 'YES',
});

/**
 *  a1..a8 organisation A, 14 years old; a1..a6 SEND.   b1..b7 organisation B, 17; b1..b6 in care.
 *  CA (A, SOCIAL) this month: every a.  CB (B, FORMAL_GROUP) this month and CB1 (B, FORMAL_GROUP)
 *  last month: every b. The child x (organisation B) took part in CB1 last month only (and, in
 *  world 0, in CB2, B's other consultation last month, beside b1..b5: the same month and
 *  organisation, so no participation figure changes, but the feedback sent for CB2 goes to six
 *  young people instead of five).
 *  Contributions: every a to CA, a1..a3 twice (so a finding can count six contributions of three
 *  young people); every b and x to CB1 (last month). Findings: CA_FEW on a1..a3's six; CA_ALL on
 *  all eleven; CB1_ALL on all eight of CB1; CB1_OTHERS on the seven b's; CB1_CHILD on b1..b5's and,
 *  in world 0 only, x's. Feedback once closed: CA (8 recipients), CB (7), CB1 (8 with x), CB2 (six
 *  with x in world 0, five in world 1).
 *  World 0: x is 17 and in care, sits on B's Corporate Parenting Board from this month, and felt
 *  heard 1 (all NO). World 1: x is 14 with SEND, sits on the partnership-wide board from this
 *  month, and felt heard 5 (all YES). Seven of A's, six of B's young people sit on their youth
 *  councils from three months ago; a member of staff sits on B's board and on the partnership's.
 */
export function worldPlan(which: 0 | 1): WorldPlan {
  const a = names('a', 8);
  const b = names('b', 7);
  const young: YoungPersonPlan[] = [
    ...a.map((name, i) => ({ name, org: 'A' as Org, age: 14, cohorts: i < 6 ? ['SEND'] : [] })),
    ...b.map((name, i) => ({ name, org: 'B' as Org, age: 17, cohorts: i < 6 ? ['CHILD_IN_CARE'] : [] })),
    which === 0
      ? { name: CHILD, org: 'B', age: 17, cohorts: ['CHILD_IN_CARE'] }
      : { name: CHILD, org: 'B', age: 14, cohorts: ['SEND'] },
  ];
  const consultations: ConsultationPlan[] = [
    { key: 'CA', lead: 'A', partners: [], context: 'SOCIAL', month: 0 },
    { key: 'CB', lead: 'B', partners: [], context: 'FORMAL_GROUP', month: 0 },
    { key: 'CB1', lead: 'B', partners: [], context: 'FORMAL_GROUP', month: 1 },
    { key: 'CB2', lead: 'B', partners: [], context: 'FORMAL_GROUP', month: 1 },
  ];
  const participations: ParticipationPlan[] = [
    ...a.map((person) => ({ person, consultation: 'CA' })),
    ...b.map((person) => ({ person, consultation: 'CB' })),
    ...b.map((person) => ({ person, consultation: 'CB1' })),
    { person: CHILD, consultation: 'CB1' },
    ...b.slice(0, 5).map((person) => ({ person, consultation: 'CB2' })),
    ...(which === 0 ? [{ person: CHILD, consultation: 'CB2' }] : []),
  ];
  const forums: ForumPlan[] = [
    { key: 'YC_A', org: 'A', kind: 'YOUTH_COUNCIL' },
    { key: 'YC_B', org: 'B', kind: 'YOUTH_COUNCIL' },
    { key: 'CPB_B', org: 'B', kind: 'CORPORATE_PARENTING_BOARD' },
    { key: 'PB', org: null, kind: 'PARTNERSHIP_BOARD' },
  ];
  const seats: SeatPlan[] = [
    ...a.slice(0, 7).map((person) => ({ person, forum: 'YC_A', fromMonth: 3, young: true })),
    ...b.slice(0, 6).map((person) => ({ person, forum: 'YC_B', fromMonth: 3, young: true })),
    { person: 'staff', forum: 'CPB_B', fromMonth: 3, young: false },
    { person: 'staff', forum: 'PB', fromMonth: 3, young: false },
    { person: CHILD, forum: which === 0 ? 'CPB_B' : 'PB', fromMonth: 0, young: true },
  ];
  const voiceChecks: VoiceCheckPlan[] = [
    ...a
      .slice(0, 7)
      .map((person, i) => ({ person, consultation: 'CA', month: 0, feltHeard: 3 + (i % 3), answers: mixed(i) })),
    ...b
      .slice(0, 6)
      .map((person, i) => ({ person, consultation: 'CB', month: 0, feltHeard: 2 + (i % 4), answers: mixed(i + 1) })),
    which === 0
      ? { person: CHILD, consultation: 'CB1', month: 1, feltHeard: 1, answers: every('NO') }
      : { person: CHILD, consultation: 'CB1', month: 1, feltHeard: 5, answers: every('YES') },
  ];
  const contributions: ContributionPlan[] = [
    ...a.map((person) => ({ key: `CA:${person}`, person, consultation: 'CA' })),
    ...a.slice(0, 3).map((person) => ({ key: `CA2:${person}`, person, consultation: 'CA' })),
    ...[...b, CHILD].map((person) => ({ key: `CB1:${person}`, person, consultation: 'CB1' })),
  ];
  const keysOf = (consultation: string) =>
    contributions.filter((c) => c.consultation === consultation).map((c) => c.key);
  const findings: FindingPlan[] = [
    { key: 'CA_FEW', consultation: 'CA', contributions: keysOf('CA').filter((k) => /:a[123]$/.test(k)) },
    { key: 'CA_ALL', consultation: 'CA', contributions: keysOf('CA') },
    { key: 'CB1_ALL', consultation: 'CB1', contributions: keysOf('CB1') },
    { key: 'CB1_OTHERS', consultation: 'CB1', contributions: b.map((person) => `CB1:${person}`) },
    {
      key: 'CB1_CHILD',
      consultation: 'CB1',
      contributions: [...b.slice(0, 5), ...(which === 0 ? [CHILD] : [])].map((person) => `CB1:${person}`),
    },
  ];
  const feedback: FeedbackPlan[] = ['CA', 'CB', 'CB1', 'CB2'].map((c) => ({ key: `FB_${c}`, consultation: c }));
  return { young, consultations, participations, forums, seats, voiceChecks, contributions, findings, feedback };
}

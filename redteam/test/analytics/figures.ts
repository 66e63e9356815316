import { CHILD, ConsultationPlan, Org, WorldPlan, YoungPersonPlan } from './world-plan';

/**
 * Every figure an analyst can ask for, as one line each: the path of the figure in the answer
 * (array elements named by their key, e.g. `byCohort[CHILD_IN_CARE].youngPeople`), what it counts,
 * and who stands behind it in the plan for a given filter and period. A path in an answer that no
 * line describes fails the red team, so a new figure cannot go unattacked.
 */

export type FilterDimension = 'organisationIds' | 'cohorts' | 'ageBands' | 'context';
export interface Filter {
  organisationIds?: Org[];
  cohorts?: string[];
  ageBands?: string[];
  context?: string;
}
/** Whole months, counted back from this month: from `fromAgo` to `toAgo`, both included. */
export interface Period {
  fromAgo: number;
  toAgo: number;
}
export interface Ask {
  filter: Filter;
  period: Period;
}

/**
 * `people`, `seats`, `voiceChecks`: counts, means and rates about young people, checked by the
 * adversary. `things`: consultations, decisions, objectives, plans, obligations and outcomes,
 * which are not people: they must not change at all between the two worlds.
 */
export type Unit = 'people' | 'seats' | 'voiceChecks' | 'contributions' | 'things';
export interface Figure {
  path: RegExp;
  unit: Unit;
  /** Ids of who (or which seats, voice checks) stands behind the figure; the regex groups name the cell. */
  members?: (plan: WorldPlan, ask: Ask, cell: string[]) => Set<string>;
  /** A partition: its cells add up, so no zero may stand beside a withheld cell. */
  partition?: boolean;
  /**
   * Figures published together under one rule (a withheld cell withholds others): when the child
   * is behind any of them, all may differ between the worlds. Default: the path's first segment.
   */
  family?: string;
  /** Each figure is published under a rule of its own (a per-record count): it is its own family. */
  alone?: boolean;
}

export interface Query {
  name: 'participation' | 'governance' | 'feedback' | 'records';
  dimensions: FilterDimension[];
  document: string;
  figures: Figure[];
}

const bandOf = (age: number) => (age <= 10 ? 'AGE_8_TO_10' : age <= 15 ? 'AGE_11_TO_15' : 'AGE_16_TO_18');
const inPeriod = (monthsAgo: number, period: Period) => monthsAgo <= period.fromAgo && monthsAgo >= period.toAgo;
const orgsOf = (c: ConsultationPlan) => [c.lead, ...c.partners];
const consultationIn = (c: ConsultationPlan, f: Filter) =>
  (!f.organisationIds || orgsOf(c).some((o) => f.organisationIds!.includes(o))) &&
  (!f.context || c.context === f.context);
const personIn = (y: YoungPersonPlan, f: Filter) =>
  (!f.cohorts || y.cohorts.some((c) => f.cohorts!.includes(c))) && (!f.ageBands || f.ageBands.includes(bandOf(y.age)));
const set = (ids: string[]) => new Set(ids);

/** Young people who took part under the filter in the period, optionally only through `org`'s consultations. */
function tookPart(plan: WorldPlan, { filter, period }: Ask, keep: (y: YoungPersonPlan) => boolean, org?: string) {
  const consultations = plan.consultations.filter(
    (c) => inPeriod(c.month, period) && consultationIn(c, filter) && (!org || orgsOf(c).includes(org as Org)),
  );
  const people = plan.young.filter((y) => personIn(y, filter) && keep(y));
  return set(
    people
      .filter((y) =>
        plan.participations.some((p) => p.person === y.name && consultations.some((c) => c.key === p.consultation)),
      )
      .map((y) => y.name),
  );
}
const registered = (plan: WorldPlan, f: Filter, keep: (y: YoungPersonPlan) => boolean) =>
  set(
    plan.young
      .filter((y) => (!f.organisationIds || f.organisationIds.includes(y.org)) && personIn(y, f) && keep(y))
      .map((y) => y.name),
  );
const everyone = () => true;

/**
 * Contributions submitted under the filter in the period (dated in their consultation's month),
 * optionally only through `org`'s consultations; each named by its plan key, which ends with
 * `:author`, so the adversary knows whose they are.
 */
function contributed(plan: WorldPlan, { filter, period }: Ask, keep: (y: YoungPersonPlan) => boolean, org?: string) {
  return set(
    plan.contributions
      .filter((k) => {
        const c = plan.consultations.find((x) => x.key === k.consultation)!;
        const y = plan.young.find((x) => x.name === k.person)!;
        return (
          inPeriod(c.month, period) &&
          consultationIn(c, filter) &&
          (!org || orgsOf(c).includes(org as Org)) &&
          personIn(y, filter) &&
          keep(y)
        );
      })
      .map((k) => k.key),
  );
}

const seatsOf = (plan: WorldPlan, { filter, period }: Ask, keep: (young: boolean, kind: string) => boolean) =>
  set(
    plan.seats.flatMap((s, i) => {
      const forum = plan.forums.find((f) => f.key === s.forum)!;
      const held = s.fromMonth >= period.toAgo; // open-ended: held in the period unless it starts after it
      const matches = !filter.organisationIds || (forum.org !== null && filter.organisationIds.includes(forum.org));
      return held && matches && keep(s.young, forum.kind) ? [`seat${i}:${s.person}`] : [];
    }),
  );
const voiceChecksOf = (plan: WorldPlan, { filter, period }: Ask) =>
  set(
    plan.voiceChecks
      .filter(
        (v) =>
          inPeriod(v.month, period) &&
          consultationIn(
            plan.consultations.find((c) => c.key === v.consultation)!,
            filter,
          ),
      )
      .map((v) => `vc:${v.person}`),
  );

const PUBLISHED = '{ value suppressed }';
export const QUERIES: Query[] = [
  {
    name: 'participation',
    dimensions: ['organisationIds', 'cohorts', 'ageBands', 'context'],
    document: `participationAnalytics(period: $period, filter: $filter, comparedWith: $comparedWith) {
      consultations { total byLadderLevel { ladderLevel count share } byApproach { approach count share }
        byContext { context count share } byMode { mode count share } byOrganisation { organisation { id } count share } }
      ladderShift { ladderLevel count comparedCount change share comparedShare }
      youngPeople ${PUBLISHED} contributions ${PUBLISHED} registeredYoungPeople ${PUBLISHED}
      byAgeBand { ageBand youngPeople ${PUBLISHED} contributions ${PUBLISHED} }
      byOrganisation { organisation { id } youngPeople ${PUBLISHED} contributions ${PUBLISHED} }
      byCohort { cohort youngPeople ${PUBLISHED} contributions ${PUBLISHED} registered ${PUBLISHED} reach ${PUBLISHED} } }`,
    figures: [
      { path: /^consultations\./, unit: 'things' },
      // Consultations per rung in the period and the run of months before it: things, never people.
      { path: /^ladderShift\[\w+\]\.\w+$/, unit: 'things' },
      { path: /^youngPeople$/, unit: 'people', family: 'reach', members: (p, a) => tookPart(p, a, everyone) },
      {
        path: /^registeredYoungPeople$/,
        unit: 'people',
        family: 'reach',
        members: (p, a) => registered(p, a.filter, everyone),
      },
      {
        path: /^byAgeBand\[(\w+)\]\.youngPeople$/,
        unit: 'people',
        family: 'reach',
        partition: true,
        members: (p, a, [band]) => tookPart(p, a, (y) => bandOf(y.age) === band),
      },
      {
        path: /^byCohort\[(\w+)\]\.youngPeople$/,
        unit: 'people',
        family: 'reach',
        members: (p, a, [cohort]) => tookPart(p, a, (y) => y.cohorts.includes(cohort)),
      },
      // Reach is taking part over registered: it moves with either.
      {
        path: /^byCohort\[(\w+)\]\.reach$/,
        unit: 'people',
        family: 'registered',
        members: (p, a, [cohort]) => tookPart(p, a, (y) => y.cohorts.includes(cohort)),
      },
      {
        path: /^byCohort\[(\w+)\]\.registered$/,
        unit: 'people',
        family: 'registered',
        members: (p, a, [cohort]) => registered(p, a.filter, (y) => y.cohorts.includes(cohort)),
      },
      {
        path: /^byOrganisation\[(\w+)\]\.youngPeople$/,
        unit: 'people',
        family: 'reach',
        members: (p, a, [org]) => tookPart(p, a, everyone, org),
      },
      // Contributions, published beside the young people who took part (withheld with them).
      {
        path: /^contributions$/,
        unit: 'contributions',
        family: 'reach',
        members: (p, a) => contributed(p, a, everyone),
      },
      {
        path: /^byAgeBand\[(\w+)\]\.contributions$/,
        unit: 'contributions',
        family: 'reach',
        members: (p, a, [band]) => contributed(p, a, (y) => bandOf(y.age) === band),
      },
      {
        path: /^byCohort\[(\w+)\]\.contributions$/,
        unit: 'contributions',
        family: 'reach',
        members: (p, a, [cohort]) => contributed(p, a, (y) => y.cohorts.includes(cohort)),
      },
      {
        path: /^byOrganisation\[(\w+)\]\.contributions$/,
        unit: 'contributions',
        family: 'reach',
        members: (p, a, [org]) => contributed(p, a, everyone, org),
      },
    ],
  },
  {
    name: 'governance',
    dimensions: ['organisationIds'],
    document: `governanceAnalytics(period: $period, filter: $filter) {
      decisions { made citingFindings citingFindingsShare involvingYoungPeople }
      seats { seats ${PUBLISHED} heldByYoungPeople ${PUBLISHED} youngPeopleShare ${PUBLISHED}
        byForumKind { forumKind seats ${PUBLISHED} heldByYoungPeople ${PUBLISHED} youngPeopleShare ${PUBLISHED} } }
      objectives { total onTrack atRisk offTrack done } plans { plans overdueReviews } }`,
    figures: [
      { path: /^(decisions|objectives|plans)\./, unit: 'things' },
      { path: /^seats\.seats$/, unit: 'seats', members: (p, a) => seatsOf(p, a, () => true) },
      {
        path: /^seats\.(heldByYoungPeople|youngPeopleShare)$/,
        unit: 'seats',
        members: (p, a) => seatsOf(p, a, (young) => young),
      },
      {
        path: /^seats\.byForumKind\[(\w+)\]\.seats$/,
        unit: 'seats',
        partition: true,
        members: (p, a, [kind]) => seatsOf(p, a, (_, k) => k === kind),
      },
      {
        path: /^seats\.byForumKind\[(\w+)\]\.heldByYoungPeople$/,
        unit: 'seats',
        partition: true,
        members: (p, a, [kind]) => seatsOf(p, a, (young, k) => young && k === kind),
      },
      {
        path: /^seats\.byForumKind\[(\w+)\]\.youngPeopleShare$/,
        unit: 'seats',
        members: (p, a, [kind]) => seatsOf(p, a, (young, k) => young && k === kind),
      },
    ],
  },
  {
    name: 'feedback',
    dimensions: ['organisationIds'],
    document: `feedbackAnalytics(period: $period, filter: $filter) {
      obligations { due metOnTime metLate overdue open onTimeShare medianDaysToFeedback ${PUBLISHED} }
      outcomes { total byStatus { status count } byBoundary { boundary count } }
      voiceChecks { youngPeople ${PUBLISHED} meanFeltHeard ${PUBLISHED}
        space { answer youngPeople ${PUBLISHED} } voice { answer youngPeople ${PUBLISHED} }
        audience { answer youngPeople ${PUBLISHED} } influence { answer youngPeople ${PUBLISHED} } } }`,
    figures: [
      { path: /^(obligations|outcomes)\./, unit: 'things' },
      { path: /^voiceChecks\.(youngPeople|meanFeltHeard)$/, unit: 'voiceChecks', members: voiceChecksOf },
      // Each answer cell stands on every voice check of the figure: the unknown is what each answered.
      {
        path: /^voiceChecks\.(space|voice|audience|influence)\[(\w+)\]\.youngPeople$/,
        unit: 'voiceChecks',
        partition: true,
        members: voiceChecksOf,
      },
    ],
  },
];

/**
 * Per-record counts (docs/privacy.md rule 6), which an analyst reads on each finding and each
 * feedback message of the partnership's consultations (not an analytics query: no filter, no
 * period; askRecords in build.ts names each figure by the plan's key). Who stands behind them:
 *
 * - `findings[KEY].contributionCount` counts contributions, but what it says is about the young
 *   people who wrote them: a finding drawing on six contributions of three young people stands on
 *   three people, as a participation figure's contributions stand on the young people who took
 *   part. So its members are the distinct authors of the contributions the finding draws on (an
 *   anonymous contribution has its author too, whom the analyst does not see but the adversary
 *   knows). It must not be shown while 1 to the threshold young people wrote them.
 * - `feedback[KEY].recipientCount` counts the young people the message went to: everyone feedback
 *   knew had taken part in the consultation when it was sent (every participation of the plan:
 *   the build waits until feedback has learnt them all).
 *
 * Each is published under its own rule, so each is its own family: a count the child stands
 * behind in either world may differ between the worlds, every other must be the same.
 */
const authorsOf = (plan: WorldPlan, finding: string) =>
  set(
    plan.findings
      .find((f) => f.key === finding)!
      .contributions.map((key) => plan.contributions.find((k) => k.key === key)!.person),
  );
const recipientsOf = (plan: WorldPlan, message: string) => {
  const consultation = plan.feedback.find((m) => m.key === message)!.consultation;
  return set(plan.participations.filter((p) => p.consultation === consultation).map((p) => p.person));
};
export const RECORDS: Query = {
  name: 'records',
  dimensions: [],
  document: `consultations(first: 100) { pageInfo { hasNextPage } edges { node { title
    findings { title contributionCount } feedbackObligation { messages { text recipientCount } } } } }`,
  figures: [
    {
      path: /^findings\[(\w+)\]\.contributionCount$/,
      unit: 'contributions',
      alone: true,
      members: (p, _, [finding]) => authorsOf(p, finding),
    },
    {
      path: /^feedback\[(\w+)\]\.recipientCount$/,
      unit: 'people',
      alone: true,
      members: (p, _, [message]) => recipientsOf(p, message),
    },
  ],
};

/** The figure describing a path, with the cell names its pattern captured; undefined when none does. */
export function figureOf(query: Query, path: string): { figure: Figure; cell: string[] } | undefined {
  for (const figure of query.figures) {
    const match = figure.path.exec(path);
    if (match) return { figure, cell: match.slice(1) };
  }
  return undefined;
}

export { CHILD };

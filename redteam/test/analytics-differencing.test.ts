import { AGE_BANDS, COHORTS } from '@voicegraph/platform';
import { startStack } from '@voicegraph/testkit';
import {
  Answered,
  Finding,
  naive,
  pairFindings,
  singleFindings,
  undescribed,
  worldFindings,
  zeroFindings,
} from './analytics/adversary';
import { askAll, askRecords, buildWorld, filtersFor, Services } from './analytics/build';
import { Filter, Period, QUERIES } from './analytics/figures';
import { worldPlan } from './analytics/world-plan';

/**
 * Red team, issue 13: the automated differencing adversary over every analytics figure of the
 * consultations, governance and feedback subgraphs (participation reach by context, cohort,
 * organisation and age band; ladder levels; seats per forum kind; decisions, objectives, plans;
 * feedback timeliness, outcomes, felt heard and the Lundy answers). Two partnerships hold the same
 * data set but for one child (analytics/world-plan.ts). As an analyst through the gateway, it asks
 * every figure for every filter value, every complement and every period (single months, runs,
 * a year, a year minus a month, shifted years), each compared with the run of months before it
 * where a query compares periods (the ladder shift), and tries every pair it can subtract. It
 * also reads every finding's contributionCount and every feedback message's recipientCount, the
 * per-record counts an analyst sees beside the consultations (docs/privacy.md rule 6).
 */

const THRESHOLD = 5; // the partnerships' default
const VALUES = {
  organisationIds: ['A', 'B'],
  cohorts: [...COHORTS],
  ageBands: [...AGE_BANDS],
  context: ['INDIVIDUAL', 'SOCIAL', 'FORMAL_GROUP'],
};
const run = (fromAgo: number, toAgo: number): Period => ({ fromAgo, toAgo });
const PERIODS: Period[] = [
  run(0, 0),
  run(1, 1),
  run(2, 2),
  run(1, 0),
  run(2, 1),
  run(2, 0),
  run(11, 0), // a year
  run(10, 0), // the year minus its first month
  run(11, 1), // the year minus its last month
  run(12, 1), // a year up to last month
];
const FILTERS: Record<string, Filter[]> = Object.fromEntries(
  QUERIES.map((q) => [q.name, filtersFor(q.dimensions, VALUES)]),
);

/**
 * What the adversary still finds, and docs/privacy.md states as a limit: counts of young people
 * taking part and of seats, compared over two periods for the same filter, are protected by
 * rounding to 5 only (a person counts once however many months they took part in, and a seat
 * however long it is held, so the month-by-month test of voice checks does not carry over). The
 * contributions published beside the young people taking part share it: the child's contribution
 * last month is the difference between "the last two months" and "this month", like the child.
 */
const KNOWN_LIMIT = (f: Finding) =>
  f.kind === 'two periods' &&
  ((f.query === 'participation' && (f.unit === 'people' || f.unit === 'contributions')) ||
    (f.query === 'governance' && f.unit === 'seats'));

const show = (findings: Finding[]) => findings.map((f) => `${f.kind} | ${f.query} ${f.path} | ${f.detail}`);

describe('red team: the differencing adversary over every analytics figure (two worlds differing in one child)', () => {
  let stack: Awaited<ReturnType<typeof startStack>>;
  const plans = [worldPlan(0), worldPlan(1)] as const;
  const answers: Answered[][] = [];
  const records: Answered[] = [];

  beforeAll(async () => {
    stack = await startStack(['people', 'consultations', 'governance', 'feedback'], { jobs: false });
    const [people, consultations, governance, feedback] = stack.services;
    const services: Services = { gateway: stack.gateway.url, people, consultations, governance, feedback };
    for (const plan of plans) {
      const world = await buildWorld(services, plan);
      answers.push(await askAll(services, world, FILTERS, PERIODS));
      records.push(await askRecords(services, world));
    }
  }, 600_000); // two partnerships built through the graph, 860 analytics answers and two readings of every record: minutes on a shared 2-core machine
  afterAll(async () => {
    await stack?.stop();
  });

  it('asked every query for every filter and period, and every figure in the answers is described', () => {
    for (const world of answers) {
      expect(world).toHaveLength(QUERIES.reduce((n, q) => n + FILTERS[q.name].length * PERIODS.length, 0));
      expect(undescribed(world)).toEqual([]);
    }
  });

  it('every participation answer holds the ladder shift against the months before it', () => {
    for (const world of answers)
      for (const a of world.filter((w) => w.query.name === 'participation'))
        expect([...a.shown.keys()].filter((path) => path.startsWith('ladderShift[')).length).toBeGreaterThan(0);
  });

  it("read every finding's contributionCount and every feedback message's recipientCount, all described", () => {
    for (const [i, plan] of plans.entries()) {
      expect([...records[i].shown.keys()].sort()).toEqual(
        [
          ...plan.findings.map((f) => `findings[${f.key}].contributionCount`),
          ...plan.feedback.map((m) => `feedback[${m.key}].recipientCount`),
        ].sort(),
      );
      expect(undescribed([records[i]])).toEqual([]);
    }
  });

  it('no published figure stands on 1 up to the threshold', () => {
    for (const [i, plan] of plans.entries()) expect(show(singleFindings(plan, answers[i], THRESHOLD))).toEqual([]);
  });

  it('no per-record count stands on 1 up to the threshold young people', () => {
    for (const [i, plan] of plans.entries()) expect(show(singleFindings(plan, [records[i]], THRESHOLD))).toEqual([]);
  });

  it('shown exactly (as staff of the consultation see them), per-record counts would stand on few (the attack is real)', () => {
    const exact = plans.map((plan, i) => ({
      ...records[i],
      shown: new Map(
        [...records[i].shown.keys()].map((path) => {
          const [, kind, key] = /^(\w+)\[(\w+)\]/.exec(path)!;
          const count =
            kind === 'findings'
              ? plan.findings.find((f) => f.key === key)!.contributions.length
              : plan.participations.filter(
                  (p) => p.consultation === plan.feedback.find((m) => m.key === key)!.consultation,
                ).length;
          return [path, count];
        }),
      ),
    }));
    const broken = plans.flatMap((plan, i) => singleFindings(plan, [exact[i]], THRESHOLD).map((f) => f.path));
    // Three young people's six contributions; five recipients and five authors in world 1.
    expect(new Set(broken)).toEqual(
      new Set([
        'findings[CA_FEW].contributionCount',
        'findings[CB1_CHILD].contributionCount',
        'feedback[FB_CB2].recipientCount',
      ]),
    );
  });

  it('without the rules, pairs of figures of every query would isolate the child (the attack is real)', () => {
    const broken = plans.flatMap((plan, i) =>
      pairFindings(plan, naive(plan, answers[i], THRESHOLD), THRESHOLD).filter((f) => !KNOWN_LIMIT(f)),
    );
    expect(new Set(broken.map((f) => f.query))).toEqual(new Set(['participation', 'governance', 'feedback']));
  });

  it('no pair of figures an analyst can subtract isolates the child, beyond the stated limit', () => {
    for (const [i, plan] of plans.entries()) {
      const findings = pairFindings(plan, answers[i], THRESHOLD);
      expect(show(findings.filter((f) => !KNOWN_LIMIT(f)))).toEqual([]);
    }
  });

  it('the stated limit is real: the child who took part (and contributed) only last month is the difference between two periods', () => {
    const limit = plans.map((plan, i) => pairFindings(plan, answers[i], THRESHOLD).filter(KNOWN_LIMIT));
    expect(
      limit[0].some((f) => f.path === 'youngPeople' && f.detail.includes('1..0 months ago − participation {} 0..0')),
    ).toBe(true);
    // In world 1 the child is the one 11-to-15-year-old who contributed last month.
    const band = 'participation {"ageBands":["AGE_11_TO_15"]}';
    expect(
      limit[1].some((f) => f.path === 'contributions' && f.detail.includes(`${band} 1..0 months ago − ${band} 0..0`)),
    ).toBe(true);
  });

  it('no partition shows a zero beside a withheld cell', () => {
    for (const world of answers) expect(show(zeroFindings(world))).toEqual([]);
  });

  it('figures about things, and figures the child is not behind, are the same in both worlds', () => {
    expect(show(worldFindings([plans[0], plans[1]], [answers[0], answers[1]]))).toEqual([]);
  });

  it('per-record counts the child is not behind are the same in both worlds; those the child is behind differ', () => {
    expect(show(worldFindings([plans[0], plans[1]], [[records[0]], [records[1]]]))).toEqual([]);
    // The child's contribution and participation tip two counts over the threshold in world 0 only.
    for (const path of ['findings[CB1_CHILD].contributionCount', 'feedback[FB_CB2].recipientCount'])
      expect([records[0].shown.get(path), records[1].shown.get(path)]).toEqual([5, null]);
  });
});

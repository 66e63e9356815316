import { AgeBand, Cohort } from '@voicegraph/platform';
import {
  AGE_BANDS,
  COHORTS,
  consultationFigures,
  ConsultationCountRow,
  findingContributionCount,
  foldPeopleReach,
  foldRegistered,
  ladderShift,
  publishReach,
  reachCellsLeavingFewOut,
  ReachRow,
} from '../../src/domain/analytics';

const W = { value: null, suppressed: true };
const n = (value: number) => ({ value, suppressed: false });

describe('participation analytics rules', () => {
  it('counts consultations in every category, zeros included, and the ladder shift', () => {
    const now: ConsultationCountRow[] = [
      { ladderLevel: 'CONSULTING', context: 'SOCIAL', mode: 'DIGITAL', count: 3 },
      { ladderLevel: 'CO_PRODUCING', context: 'FORMAL_GROUP', mode: 'IN_PERSON', count: 1 },
    ];
    const f = consultationFigures(now, [{ organisationId: 'o1', count: 4 }]);
    expect(f.total).toBe(4);
    expect(f.byApproach).toEqual([
      { key: 'DOING_TO', count: 0, share: 0 },
      { key: 'DOING_FOR', count: 3, share: 0.75 },
      { key: 'DOING_WITH', count: 1, share: 0.25 },
    ]);
    expect(f.byLadderLevel).toHaveLength(7);
    expect(f.byOrganisation).toEqual([{ key: 'o1', count: 4, share: 1 }]);
    const shift = ladderShift(now, [{ ladderLevel: 'CONSULTING', context: 'SOCIAL', mode: 'DIGITAL', count: 5 }]);
    expect(shift.find((s) => s.ladderLevel === 'CONSULTING')).toEqual({
      ladderLevel: 'CONSULTING',
      count: 3,
      comparedCount: 5,
      change: -2,
      share: 0.75,
      comparedShare: 1,
    });
    expect(consultationFigures([], []).byLadderLevel.every((c) => c.share === null)).toBe(true);
  });

  const rows = <K>(entries: [K, number, number][]) =>
    new Map(entries.map(([key, people, contributions]) => [key, { people, contributions } as ReachRow]));
  const input = (leftOut: number) => ({
    threshold: 5,
    byAgeBand: rows<AgeBand>([
      ['AGE_11_TO_15', 12, 30],
      ['AGE_16_TO_18', 3, 4],
    ]),
    byCohort: rows<Cohort>([
      ['SEND', 9, 10],
      ['CHILD_IN_CARE', 2, 1],
    ]),
    byOrganisation: rows<string>([['o1', 15, 34]]),
    registeredByCohort: new Map<Cohort, number>([
      ['SEND', 30],
      ['CHILD_IN_CARE', 4],
    ]),
    registeredTotal: 60,
    ageBands: AGE_BANDS,
    cohorts: COHORTS,
    organisationIds: ['o1', 'o2'],
    leftOut,
  });

  it('publishes reach only through disclosure control, contributions only behind published people', () => {
    const reach = publishReach(input(0));
    expect(reach.youngPeople).toEqual(n(15));
    expect(reach.contributions).toEqual(n(35));
    // 16–18 (3) is withheld and takes 11–15 with it: nothing can be subtracted from the total. The
    // empty bands are withheld too: zeros shown beside them would say every withheld person is 11–18.
    expect(reach.byAgeBand.filter((c) => c.youngPeople.suppressed).map((c) => c.key)).toEqual(AGE_BANDS);
    expect(reach.byAgeBand.find((c) => c.key === 'AGE_16_TO_18')!.contributions).toEqual(W);
    expect(reach.byCohort.find((c) => c.key === 'SEND')).toEqual({
      key: 'SEND',
      youngPeople: n(10),
      contributions: n(10),
      registered: n(30),
      reach: n(0.333),
    });
    expect(reach.byCohort.find((c) => c.key === 'CHILD_IN_CARE')).toEqual({
      key: 'CHILD_IN_CARE',
      youngPeople: W,
      contributions: W,
      registered: W,
      reach: W,
    });
    // o1 reached everyone (complement 0 is not small); o2 nobody.
    expect(reach.byOrganisation.map((c) => c.youngPeople)).toEqual([n(15), n(0)]);
  });

  it('withholds every figure of the young people taking part when the filter leaves out 1 to the threshold of them', () => {
    // The one young person outside the filter: its figures beside the whole partnership's would describe them.
    const reach = publishReach(input(1));
    expect([reach.youngPeople, reach.contributions]).toEqual([W, W]);
    for (const cell of [...reach.byAgeBand, ...reach.byOrganisation, ...reach.byCohort])
      expect([cell.youngPeople, cell.contributions]).toEqual([W, W]);
    expect(reach.byCohort.every((cell) => cell.reach.suppressed)).toBe(true);
    // Registered young people are another population (not of the period): published as before.
    expect(reach.registeredYoungPeople).toEqual(n(60));
    expect(reach.byCohort.find((c) => c.key === 'SEND')!.registered).toEqual(n(30));
    expect(publishReach(input(6)).youngPeople).toEqual(n(15));
  });

  // The whole partnership in the period: 30 young people; the filter leaves 15 out (not few), but
  // only five of them are 16–18, four are in care and one took part through o1.
  const whole = {
    byAgeBand: rows<AgeBand>([
      ['AGE_11_TO_15', 22, 60],
      ['AGE_16_TO_18', 8, 5],
    ]),
    byCohort: rows<Cohort>([
      ['SEND', 20, 20],
      ['CHILD_IN_CARE', 6, 2],
    ]),
    byOrganisation: rows<string>([
      ['o1', 16, 35],
      ['o2', 14, 30],
    ]),
    registeredByCohort: new Map<Cohort, number>([
      ['SEND', 31],
      ['CHILD_IN_CARE', 12],
    ]),
    registeredTotal: 61,
  };

  it('withholds each cell whose filtered count leaves 1 to the threshold of the whole partnership’s same cell out', () => {
    // The filtered counts are input's: 15 young people of the whole 30.
    const filtered = { ...input(15), whole };
    const few = reachCellsLeavingFewOut(filtered);
    expect([...few.ageBands]).toEqual(['AGE_16_TO_18']); // 8 − 3 = 5; 22 − 12 = 10 is not few
    expect([...few.cohorts]).toEqual(['CHILD_IN_CARE']); // 6 − 2; SEND 20 − 9 = 11
    expect([...few.organisations]).toEqual(['o1']); // 16 − 15; o2 14 − 0 = 14
    expect([...few.registeredCohorts]).toEqual(['SEND']); // 31 − 30; in care 12 − 4 = 8
    expect(few.registeredTotal).toBe(true); // 61 − 60
    const reach = publishReach(filtered);
    expect(reach.byOrganisation.map((c) => c.youngPeople)).toEqual([W, n(0)]);
    expect(reach.registeredYoungPeople).toEqual(W);
    expect(reach.byCohort.find((c) => c.key === 'SEND')).toMatchObject({ youngPeople: n(10), registered: W, reach: W });
    expect(reach.byAgeBand.every((c) => c.youngPeople.suppressed)).toBe(true);
  });

  it('a cell that leaves out none or more than the threshold is published as without the rule', () => {
    const same = publishReach({ ...input(0), whole: { ...whole, ...input(0), registeredTotal: 60 } });
    expect(same).toEqual(publishReach(input(0)));
    expect(reachCellsLeavingFewOut({ ...input(0), whole: null }).ageBands.size).toBe(0);
  });

  it('an age band withheld for what the filter leaves out takes secondary suppression with it', () => {
    const big = {
      ...input(20),
      byAgeBand: rows<AgeBand>([
        ['AGE_11_TO_15', 12, 30],
        ['AGE_16_TO_18', 9, 4],
      ]),
      whole: {
        ...whole,
        byAgeBand: rows<AgeBand>([
          ['AGE_11_TO_15', 30, 60],
          ['AGE_16_TO_18', 10, 5],
        ]),
      },
    };
    const bands = publishReach(big).byAgeBand;
    // 16–18 leaves one out; alone withheld it would be the total minus 11–15, so 11–15 goes too.
    expect(bands.find((c) => c.key === 'AGE_16_TO_18')!.youngPeople).toEqual(W);
    expect(bands.find((c) => c.key === 'AGE_11_TO_15')!.youngPeople).toEqual(W);
    expect(publishReach(big).youngPeople).toEqual(n(20));
  });
});

describe('folding reach rows into age bands and cohorts', () => {
  const bit = (cohort: Cohort) => 1 << COHORTS.indexOf(cohort);

  it('adds each (age band, cohort set) row to its age band and to every cohort in its set', () => {
    const { byAgeBand, byCohort } = foldPeopleReach([
      { ageBand: 'AGE_11_TO_15', cohortMask: 0, people: 7, contributions: 10 },
      { ageBand: 'AGE_11_TO_15', cohortMask: bit('SEND') | bit('CHILD_IN_CARE'), people: 2, contributions: 3 },
      { ageBand: 'AGE_16_TO_18', cohortMask: bit('SEND'), people: 4, contributions: 1 },
    ]);
    expect(byAgeBand.get('AGE_11_TO_15')).toEqual({ people: 9, contributions: 13 });
    expect(byAgeBand.get('AGE_16_TO_18')).toEqual({ people: 4, contributions: 1 });
    expect(byCohort.get('SEND')).toEqual({ people: 6, contributions: 4 });
    expect(byCohort.get('CHILD_IN_CARE')).toEqual({ people: 2, contributions: 3 });
    expect(byCohort.has('YOUTH_JUSTICE')).toBe(false);
  });

  it('counts registered people once in all and once per cohort they are in', () => {
    const { byCohort, total } = foldRegistered([
      { cohorts: [], count: 50 },
      { cohorts: ['SEND', 'CARE_LEAVER'], count: 3 },
      { cohorts: ['SEND'], count: 4 },
    ]);
    expect(total).toBe(57);
    expect(byCohort.get('SEND')).toBe(7);
    expect(byCohort.get('CARE_LEAVER')).toBe(3);
    expect(byCohort.has('CHILD_IN_CARE')).toBe(false);
  });
});

describe("rule 6: a finding's contribution count stands on the young people who wrote them", () => {
  const by = (...authors: (string | null)[]) => authors;

  it('is withheld while 1 to the threshold young people wrote them, however many contributions they wrote', () => {
    // Six contributions of three young people: "5" would say at least three, and stand on three.
    expect(findingContributionCount(by('a', 'a', 'b', 'b', 'c', 'c'), 5)).toBeNull();
    expect(findingContributionCount(by(...Array<string>(12).fill('a')), 5)).toBeNull();
    expect(findingContributionCount(by('a', 'b', 'c', 'd', 'e'), 5)).toBeNull();
    expect(findingContributionCount(by('a'), 5)).toBeNull();
  });

  it('counts contributions, rounded to the nearest 5, once more than the threshold wrote them', () => {
    expect(findingContributionCount(by('a', 'b', 'c', 'd', 'e', 'f'), 5)).toBe(5);
    expect(findingContributionCount(by('a', 'a', 'a', 'a', 'b', 'c', 'd', 'e', 'f'), 5)).toBe(10);
    expect(findingContributionCount(by('a', 'b', 'c'), 2)).toBe(5);
    expect(findingContributionCount(by(), 5)).toBe(0);
  });

  it("counts erased authors' contributions as one author between them, the fewest they could be", () => {
    expect(findingContributionCount(by('a', 'b', 'c', 'd', 'e', null, null), 5)).toBe(5);
    expect(findingContributionCount(by('a', 'b', 'c', 'd', null, null, null), 5)).toBeNull();
  });
});

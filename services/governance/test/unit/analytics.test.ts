import { decisionFigures, objectiveFigures, seatFigures } from '../../src/domain/analytics';

const W = { value: null, suppressed: true };
const n = (value: number) => ({ value, suppressed: false });

describe('governance analytics rules', () => {
  it('shares decisions citing findings, null when none were made', () => {
    expect(decisionFigures({ made: 3, citingFindings: 2, involvingYoungPeople: 1 }).citingFindingsShare).toBe(0.667);
    expect(decisionFigures({ made: 0, citingFindings: 0, involvingYoungPeople: 0 }).citingFindingsShare).toBeNull();
  });

  it('suppresses seats held by young people per forum kind, with secondary suppression', () => {
    const f = seatFigures(
      [
        { forumKind: 'YOUTH_COUNCIL', seats: 12, heldByYoungPeople: 12 },
        { forumKind: 'PARTNERSHIP_BOARD', seats: 20, heldByYoungPeople: 2 },
      ],
      5,
    );
    expect(f.seats).toBe(32);
    // The board's 2 is withheld; so is the youth council's 12, or 14 − 12 would give it away. The total (14 → 15) stays.
    expect(f.heldByYoungPeople).toEqual(n(15));
    expect(f.byForumKind.find((k) => k.forumKind === 'PARTNERSHIP_BOARD')).toEqual({
      forumKind: 'PARTNERSHIP_BOARD',
      seats: 20,
      heldByYoungPeople: W,
      youngPeopleShare: W,
    });
    expect(f.byForumKind.find((k) => k.forumKind === 'YOUTH_COUNCIL')!.heldByYoungPeople).toEqual(W);
    const shown = seatFigures([{ forumKind: 'YOUTH_COUNCIL', seats: 12, heldByYoungPeople: 12 }], 5);
    expect(shown.heldByYoungPeople).toEqual(n(10));
    expect(shown.youngPeopleShare).toEqual(n(0.833));
  });

  it("counts objectives by today's status with the objective-status rule", () => {
    const course = { baseline: 0, target: 10, startsOn: '2026-01-01', dueOn: '2026-12-31' };
    expect(
      objectiveFigures(
        [
          { ...course, latestValue: 10, count: 2 },
          { ...course, latestValue: 5, count: 1 },
          { ...course, latestValue: null, count: 3 },
          { ...course, dueOn: '2026-03-01', latestValue: 1, count: 1 },
        ],
        '2026-06-01',
      ),
    ).toEqual({ total: 7, done: 2, onTrack: 1, atRisk: 0, offTrack: 4 });
  });
});

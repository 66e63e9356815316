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
    expect(f.seats).toEqual(n(30)); // 32, rounded like the young people's seats
    // The board's 2 is withheld; so is the youth council's 12, or 14 − 12 would give it away. The total (14 → 15) stays.
    expect(f.heldByYoungPeople).toEqual(n(15));
    expect(f.byForumKind.find((k) => k.forumKind === 'PARTNERSHIP_BOARD')).toEqual({
      forumKind: 'PARTNERSHIP_BOARD',
      seats: W,
      heldByYoungPeople: W,
      youngPeopleShare: W,
    });
    expect(f.byForumKind.find((k) => k.forumKind === 'YOUTH_COUNCIL')).toMatchObject({
      seats: W,
      heldByYoungPeople: W,
    });
    // Every kind is withheld: zeros beside withheld cells would complete the partition.
    expect(f.byForumKind.every((k) => k.seats.suppressed && k.heldByYoungPeople.suppressed)).toBe(true);
    const shown = seatFigures([{ forumKind: 'YOUTH_COUNCIL', seats: 12, heldByYoungPeople: 12 }], 5);
    expect(shown.heldByYoungPeople).toEqual(n(10));
    expect(shown.seats).toEqual(n(10));
    expect(shown.youngPeopleShare).toEqual(n(1));
  });

  it("never shows all seats of a kind exactly beside its withheld young people's seats", () => {
    // One young person sits on the Corporate Parenting Board: "1 seat, young people withheld" would say so.
    const f = seatFigures(
      [
        { forumKind: 'CORPORATE_PARENTING_BOARD', seats: 1, heldByYoungPeople: 1 },
        { forumKind: 'YOUTH_COUNCIL', seats: 30, heldByYoungPeople: 25 },
        { forumKind: 'PARTNERSHIP_BOARD', seats: 18, heldByYoungPeople: 9 },
      ],
      5,
    );
    const board = f.byForumKind.find((k) => k.forumKind === 'CORPORATE_PARENTING_BOARD')!;
    expect(board.heldByYoungPeople).toEqual(W);
    expect(board.seats).toEqual(W);
    for (const kind of f.byForumKind)
      if (kind.heldByYoungPeople.suppressed) expect(kind.seats).toEqual(W);
      else expect(kind.seats.value! % 5).toBe(0);
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

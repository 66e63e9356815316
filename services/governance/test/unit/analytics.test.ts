import { decisionFigures, objectiveFigures, seatCellsLeavingFewOut, seatFigures } from '../../src/domain/analytics';

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

  it('withholds all seats of a kind from 1 to the threshold, even when no young person holds one', () => {
    // One member of staff on the board: a shown "0" (1 rounded) or "1" would be a count of one person.
    const f = seatFigures(
      [
        { forumKind: 'CORPORATE_PARENTING_BOARD', seats: 1, heldByYoungPeople: 0 },
        { forumKind: 'YOUTH_COUNCIL', seats: 14, heldByYoungPeople: 14 },
        { forumKind: 'PARTNERSHIP_BOARD', seats: 12, heldByYoungPeople: 6 },
      ],
      5,
    );
    expect(f.heldByYoungPeople).toEqual(n(20));
    const board = f.byForumKind.find((k) => k.forumKind === 'CORPORATE_PARENTING_BOARD')!;
    expect(board.seats).toEqual(W);
    // All seats are a partition too: the board's withheld 1 takes the next smallest (12) with it.
    expect(f.byForumKind.find((k) => k.forumKind === 'PARTNERSHIP_BOARD')!.seats).toEqual(W);
    expect(f.seats).toEqual(n(25)); // 27
  });

  it("withholds seats where an organisation filter leaves 1 to the threshold of the whole partnership's out", () => {
    // A young person sits on a partnership-wide board: organisations A and B together leave only them out.
    const whole = [
      { forumKind: 'YOUTH_COUNCIL' as const, seats: 13, heldByYoungPeople: 13 },
      { forumKind: 'PARTNERSHIP_BOARD' as const, seats: 9, heldByYoungPeople: 1 },
    ];
    const filtered = [{ forumKind: 'YOUTH_COUNCIL' as const, seats: 13, heldByYoungPeople: 13 }];
    const young = (row: { heldByYoungPeople: number }) => row.heldByYoungPeople;
    // Per kind: the youth council leaves nobody out; the whole board's 1 is withheld anyway. The totals (14 − 13) are caught.
    expect([...seatCellsLeavingFewOut(filtered, whole, young, 5)]).toEqual([]);
    const wider = [{ ...whole[0], seats: 18, heldByYoungPeople: 18 }, whole[1]]; // another forum's 5 on a youth council
    expect([...seatCellsLeavingFewOut(filtered, wider, young, 5)]).toEqual(['YOUTH_COUNCIL']);
    const f = seatFigures(filtered, 5, whole);
    expect(f.heldByYoungPeople).toEqual(W); // 14 − 13
    expect(f.seats).toEqual(W); // 22 − 13 = 9 is not few, but it stands beside withheld young people's seats
    expect(f.youngPeopleShare).toEqual(W);
    // Without the whole partnership to compare with (unfiltered), the same rows are published.
    expect(seatFigures(filtered, 5).heldByYoungPeople).toEqual(n(15));
    // A filter leaving out more than the threshold changes nothing.
    const more = [...whole, { forumKind: 'STEERING_GROUP' as const, seats: 7, heldByYoungPeople: 7 }];
    expect(seatFigures(filtered, 5, more).heldByYoungPeople).toEqual(n(15));
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

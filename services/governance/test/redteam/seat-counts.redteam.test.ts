import { AnyData, gql, ok, startStack } from '@voicegraph/testkit';
import { governanceService } from '../../src/service';
import { APPOINT, buildGovernanceWorld, createForum, GovernanceWorld } from '../integration/fixture';

/**
 * Red team, issue 13 item 4: governanceAnalytics showed all seats per forum kind exactly beside the
 * withheld young people's seats, so "1 seat, young people withheld" said that the one young person
 * in care sits on the Corporate Parenting Board. Here the board has that young person and one member
 * of staff, and a youth council has none: the analyst sees no count that gives either away. The
 * partnership's admin, who can list the board's seats, still sees both.
 */
describe('red team: seats beside withheld young people', () => {
  let stack: Awaited<ReturnType<typeof startStack>>;
  let world: GovernanceWorld;
  let boardId: string;
  const now = new Date();
  const month = {
    from: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1)).toISOString().slice(0, 10),
    to: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 0)).toISOString().slice(0, 10),
  };
  const SEATS = `query($id: ID!, $p: AnalyticsPeriod!) { partnership(id: $id) { governanceAnalytics(period: $p) { seats {
    seats { value suppressed } heldByYoungPeople { value suppressed }
    byForumKind { forumKind seats { value suppressed } heldByYoungPeople { value suppressed } youngPeopleShare { value suppressed } } } } } }`;
  const W = { value: null, suppressed: true };

  beforeAll(async () => {
    stack = await startStack(['people', governanceService], { jobs: false });
    world = await buildGovernanceWorld(stack.services[0].url, stack.services[1]);
    boardId = await createForum(stack.gateway.url, world.tokens.admin, {
      name: 'Corporate Parenting Board',
      kind: 'CORPORATE_PARENTING_BOARD',
    });
    const startsOn = month.from;
    for (const [personId, role] of [
      [world.youngPersonId, 'YOUTH_REPRESENTATIVE'],
      [world.staffId, 'MEMBER'],
    ])
      ok(
        await gql(
          stack.gateway.url,
          APPOINT,
          { i: { forumId: boardId, personId, role, startsOn } },
          world.tokens.admin,
        ),
      );
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('the admin, who can see the people, lists both seats of the board', async () => {
    const forum = ok(
      await gql(
        stack.gateway.url,
        `query($id: ID!) { forum(id: $id) { seats { id heldByYoungPerson } } }`,
        { id: boardId },
        world.tokens.admin,
      ),
    ).forum;
    expect(forum.seats.map((s: AnyData) => s.heldByYoungPerson).sort()).toEqual([false, true]);
  });

  it("the analyst sees neither the board's seats nor a zero beside them, and no total to subtract from", async () => {
    const seats = ok(await gql(stack.gateway.url, SEATS, { id: world.partnershipId, p: month }, world.tokens.analyst))
      .partnership.governanceAnalytics.seats;
    const board = seats.byForumKind.find((k: AnyData) => k.forumKind === 'CORPORATE_PARENTING_BOARD');
    expect(board).toEqual({
      forumKind: 'CORPORATE_PARENTING_BOARD',
      seats: W,
      heldByYoungPeople: W,
      youngPeopleShare: W,
    });
    // Every kind is withheld: a "0" for the others would complete the partition, and the total is small.
    for (const kind of seats.byForumKind)
      expect({ kind: kind.forumKind, seats: kind.seats, young: kind.heldByYoungPeople }).toEqual({
        kind: kind.forumKind,
        seats: W,
        young: W,
      });
    expect(seats.seats).toEqual(W);
    expect(seats.heldByYoungPeople).toEqual(W);
  });
});

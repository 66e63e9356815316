import { randomUUID } from 'node:crypto';
import { RunningService } from '@voicegraph/platform';
import { codes, gql, ok, startStack, tokenFor } from '@voicegraph/testkit';
import { governanceService } from '../../src/service';
import {
  ADD_AGENDA_ITEM,
  APPOINT,
  buildGovernanceWorld,
  CREATE_FORUM,
  CREATE_PLAN,
  createForum,
  dayIn,
  GovernanceWorld,
  inDays,
  RECORD_DECISION,
  registerYoungPerson,
  SCHEDULE,
  waitForKnownPerson,
} from './fixture';

const FORUM_BUSINESS = 'query($id: ID!) { forum(id: $id) { name canSeeBusiness seats { role } } }';
const FORUM_MEETINGS = 'query($id: ID!) { forum(id: $id) { meetings { totalCount } } }';
const ENTITIES =
  'query($r: [_Any!]!) { _entities(representations: $r) { ... on Seat { id } ... on Meeting { id } ... on Forum { id } ... on Decision { id } ... on Plan { id } } }';

describe('governance access rules (called directly, not through the gateway)', () => {
  let stack: Awaited<ReturnType<typeof startStack>>;
  let governance: RunningService;
  let url: string;
  let world: GovernanceWorld;
  let forumId: string; // owned by org A; the young person is a member
  let meetingId: string;
  let seatId: string;
  let decisionId: string;
  let planId: string;
  let otherYoungToken: string; // a young person of org A who sits on nothing

  beforeAll(async () => {
    stack = await startStack(['people', governanceService]);
    governance = stack.services[1];
    url = governance.url;
    world = await buildGovernanceWorld(stack.services[0].url, governance);
    const otherYoungId = await registerYoungPerson(stack.services[0].url, world.tokens.leadA, world.orgA, {
      displayName: 'Noor',
    });
    await waitForKnownPerson(governance, otherYoungId);
    otherYoungToken = await tokenFor({
      sub: otherYoungId,
      roles: ['YOUNG_PERSON'],
      partnership: world.partnershipId,
      orgs: [world.orgA],
    });
    forumId = await createForum(url, world.tokens.leadA, {
      name: 'Children in Care Council',
      organisationId: world.orgA,
    });
    seatId = ok(
      await gql(
        url,
        APPOINT,
        { i: { forumId, personId: world.youngPersonId, role: 'MEMBER', startsOn: dayIn(-10) } },
        world.tokens.leadA,
      ),
    ).appointToSeat.id;
    meetingId = ok(
      await gql(url, SCHEDULE, { i: { forumId, title: 'June meeting', startsAt: inDays(20) } }, world.tokens.leadA),
    ).scheduleMeeting.id;
    decisionId = ok(
      await gql(
        url,
        RECORD_DECISION,
        { i: { forumId, title: 'Pocket money reviewed yearly', citedFindingIds: [], youngPeopleInvolved: true } },
        world.tokens.leadA,
      ),
    ).recordDecision.id;
    planId = ok(
      await gql(
        url,
        CREATE_PLAN,
        {
          i: {
            title: 'Action plan',
            kind: 'ACTION_PLAN',
            periodStart: dayIn(-10),
            periodEnd: dayIn(300),
            reviewOn: dayIn(200),
          },
        },
        world.tokens.admin,
      ),
    ).createPlan.id;
  });
  afterAll(async () => {
    await stack.stop();
  });

  it('without a token, queries are UNAUTHENTICATED and nothing leaks', async () => {
    const response = await gql(url, FORUM_BUSINESS, { id: forumId });
    expect(codes(response)).toEqual(['UNAUTHENTICATED']);
    expect(JSON.stringify(response.data ?? {})).not.toContain('Council');
    const entities = await gql(url, ENTITIES, {
      r: [
        { __typename: 'Seat', id: seatId },
        { __typename: 'Decision', id: decisionId },
      ],
    });
    expect(entities.errors).toBeUndefined();
    expect(entities.data?._entities).toEqual([null, null]);
    // The same references do resolve for someone who may see them, so the nulls above are the rule at work.
    const asLead = await gql(
      url,
      ENTITIES,
      {
        r: [
          { __typename: 'Seat', id: seatId },
          { __typename: 'Decision', id: decisionId },
        ],
      },
      world.tokens.leadA,
    );
    expect(ok(asLead)._entities).toEqual([{ id: seatId }, { id: decisionId }]);
  });

  describe("a forum's business: its members and the staff of its organisation", () => {
    it('a member (a young person) sees seats and meetings', async () => {
      const forum = ok(await gql(url, FORUM_BUSINESS, { id: forumId }, world.youngPersonToken)).forum;
      expect(forum).toMatchObject({ canSeeBusiness: true, seats: [{ role: 'MEMBER' }] });
      expect(
        ok(await gql(url, FORUM_MEETINGS, { id: forumId }, world.youngPersonToken)).forum.meetings.totalCount,
      ).toBe(1);
    });

    it('staff of the owning organisation see them', async () => {
      expect(ok(await gql(url, FORUM_BUSINESS, { id: forumId }, world.tokens.practitionerA)).forum.canSeeBusiness).toBe(
        true,
      );
    });

    it('a young person who is not a member, staff of another organisation and analysts see the name but not the business', async () => {
      for (const token of [otherYoungToken, world.tokens.practitionerB, world.tokens.analyst]) {
        const response = await gql(url, FORUM_BUSINESS, { id: forumId }, token);
        expect(codes(response)).toEqual(['FORBIDDEN']);
        expect(response.errors![0].message).toMatch(/members and the staff of its organisation/);
        expect(codes(await gql(url, FORUM_MEETINGS, { id: forumId }, token))).toEqual(['FORBIDDEN']);
        const name = ok(
          await gql(url, 'query($id: ID!) { forum(id: $id) { name canSeeBusiness } }', { id: forumId }, token),
        ).forum;
        expect(name.canSeeBusiness).toBe(false);
      }
    });

    it('the meeting calendar shows only meetings of forums whose business the caller sees', async () => {
      const calendar =
        'query($from: DateTime!, $to: DateTime!) { meetings(from: $from, to: $to, first: 100) { edges { node { id } } } }';
      const ids = async (token: string) =>
        ok(await gql(url, calendar, { from: inDays(-1), to: inDays(60) }, token)).meetings.edges.map(
          (e: { node: { id: string } }) => e.node.id,
        );
      expect(await ids(world.youngPersonToken)).toContain(meetingId);
      expect(await ids(world.tokens.practitionerA)).toContain(meetingId);
      expect(await ids(world.tokens.admin)).toContain(meetingId);
      expect(await ids(world.tokens.practitionerB)).not.toContain(meetingId);
      expect(await ids(otherYoungToken)).not.toContain(meetingId);
    });

    it('entity references obey the same rule', async () => {
      const reps = [
        { __typename: 'Seat', id: seatId },
        { __typename: 'Meeting', id: meetingId },
      ];
      expect(ok(await gql(url, ENTITIES, { r: reps }, world.youngPersonToken))._entities).toEqual([
        { id: seatId },
        { id: meetingId },
      ]);
      expect((await gql(url, ENTITIES, { r: reps }, world.tokens.practitionerB)).data?._entities).toEqual([null, null]);
    });

    it("a person's seats are shown to them and to those who see the forum, not to others", async () => {
      const seats = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { seats { id } } } }';
      const r = [{ __typename: 'Person', id: world.youngPersonId }];
      expect(ok(await gql(url, seats, { r }, world.youngPersonToken))._entities).toEqual([{ seats: [{ id: seatId }] }]);
      expect(ok(await gql(url, seats, { r }, world.tokens.practitionerA))._entities).toEqual([
        { seats: [{ id: seatId }] },
      ]);
      expect(ok(await gql(url, seats, { r }, world.tokens.practitionerB))._entities).toEqual([{ seats: [] }]);
    });

    it('members add agenda items; non-members may not', async () => {
      ok(
        await gql(
          url,
          ADD_AGENDA_ITEM,
          { i: { meetingId, title: 'Our ideas for the summer', presenterId: world.youngPersonId } },
          world.youngPersonToken,
        ),
      );
      expect(
        codes(await gql(url, ADD_AGENDA_ITEM, { i: { meetingId, title: 'Sneaky item' } }, otherYoungToken)),
      ).toEqual(['FORBIDDEN']);
    });

    it('a member who is not the chair may not schedule meetings or record decisions; the chair may', async () => {
      expect(
        codes(await gql(url, SCHEDULE, { i: { forumId, title: 'X', startsAt: inDays(40) } }, world.youngPersonToken)),
      ).toEqual(['FORBIDDEN']);
      expect(
        codes(
          await gql(
            url,
            RECORD_DECISION,
            { i: { forumId, title: 'X', citedFindingIds: [], youngPeopleInvolved: true } },
            world.youngPersonToken,
          ),
        ),
      ).toEqual(['FORBIDDEN']);
      const chairForum = await createForum(url, world.tokens.leadA, {
        name: 'Youth-led steering group',
        kind: 'STEERING_GROUP',
        organisationId: world.orgA,
      });
      ok(
        await gql(
          url,
          APPOINT,
          { i: { forumId: chairForum, personId: world.youngPersonId, role: 'CHAIR', startsOn: dayIn(0) } },
          world.tokens.leadA,
        ),
      );
      ok(
        await gql(
          url,
          SCHEDULE,
          { i: { forumId: chairForum, title: 'Chaired by a young person', startsAt: inDays(10) } },
          world.youngPersonToken,
        ),
      );
      ok(
        await gql(
          url,
          RECORD_DECISION,
          { i: { forumId: chairForum, title: 'We meet after school', citedFindingIds: [], youngPeopleInvolved: true } },
          world.youngPersonToken,
        ),
      );
    });
  });

  describe('decisions and plans are readable across the partnership', () => {
    it('by anyone whose token names the partnership, young people and analysts too', async () => {
      for (const token of [otherYoungToken, world.tokens.practitionerB, world.tokens.analyst]) {
        expect(
          ok(
            await gql(url, 'query($id: ID!) { decision(id: $id) { title forum { name } } }', { id: decisionId }, token),
          ).decision.title,
        ).toBe('Pocket money reviewed yearly');
        expect(
          ok(await gql(url, 'query($id: ID!) { plan(id: $id) { title } }', { id: planId }, token)).plan.title,
        ).toBe('Action plan');
      }
    });

    it('but not from another partnership, even knowing the ids', async () => {
      for (const [query, id] of [
        ['decision', decisionId],
        ['plan', planId],
        ['forum', forumId],
      ]) {
        const response = await gql(url, `query($id: ID!) { ${query}(id: $id) { id } }`, { id }, world.otherAdmin);
        expect(codes(response)).toEqual(['NOT_FOUND']);
      }
      const reps = [
        { __typename: 'Forum', id: forumId },
        { __typename: 'Decision', id: decisionId },
        { __typename: 'Plan', id: planId },
      ];
      expect((await gql(url, ENTITIES, { r: reps }, world.otherAdmin)).data?._entities).toEqual([null, null, null]);
      const lists = ok(await gql(url, '{ forums { totalCount } plans { totalCount } }', {}, world.otherAdmin));
      expect(lists).toEqual({ forums: { totalCount: 0 }, plans: { totalCount: 0 } });
    });
  });

  describe('only participation leads and partnership admins create forums, seats and plans', () => {
    it('practitioners, young people and analysts are refused', async () => {
      for (const token of [world.tokens.practitionerA, world.youngPersonToken, world.tokens.analyst]) {
        expect(
          codes(await gql(url, CREATE_FORUM, { i: { name: `Nope ${randomUUID()}`, kind: 'YOUTH_COUNCIL' } }, token)),
        ).toEqual(['FORBIDDEN']);
        expect(
          codes(
            await gql(
              url,
              APPOINT,
              { i: { forumId, personId: world.staffId, role: 'MEMBER', startsOn: dayIn(0) } },
              token,
            ),
          ),
        ).toEqual(['FORBIDDEN']);
        expect(
          codes(
            await gql(
              url,
              CREATE_PLAN,
              {
                i: { title: 'Nope', kind: 'STRATEGY', periodStart: dayIn(0), periodEnd: dayIn(10), reviewOn: dayIn(5) },
              },
              token,
            ),
          ),
        ).toEqual(['FORBIDDEN']);
      }
    });

    it("a lead works for their own organisations' forums only; an admin for any", async () => {
      const lead = await gql(
        url,
        CREATE_FORUM,
        { i: { name: `Org B panel ${randomUUID()}`, kind: 'RECRUITMENT_PANEL', organisationId: world.orgB } },
        world.tokens.leadA,
      );
      expect(codes(lead)).toEqual(['FORBIDDEN']);
      const orgBForum = await createForum(url, world.tokens.admin, {
        name: 'Org B panel',
        kind: 'RECRUITMENT_PANEL',
        organisationId: world.orgB,
      });
      expect(
        codes(
          await gql(
            url,
            APPOINT,
            { i: { forumId: orgBForum, personId: world.youngPersonId, role: 'MEMBER', startsOn: dayIn(0) } },
            world.tokens.leadA,
          ),
        ),
      ).toEqual(['FORBIDDEN']);
    });
  });
});

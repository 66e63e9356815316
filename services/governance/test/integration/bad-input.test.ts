import { randomUUID } from 'node:crypto';
import { RunningService } from '@voicegraph/platform';
import { codes, footprint, gql, ok, startTestService } from '@voicegraph/testkit';
import { governanceService } from '../../src/service';
import {
  ADD_AGENDA_ITEM,
  ADD_OBJECTIVE,
  APPOINT,
  buildGovernanceWorld,
  ConsultationsDouble,
  CREATE_FORUM,
  CREATE_PLAN,
  createForum,
  dayIn,
  GovernanceWorld,
  inDays,
  RECORD_DECISION,
  RECORD_PROGRESS,
  SCHEDULE,
} from './fixture';

describe('bad input gets a clear error and writes nothing', () => {
  let people: RunningService;
  let governance: RunningService;
  let url: string;
  let world: GovernanceWorld;
  let forumId: string;
  let meetingId: string;
  let planId: string;
  let objectiveId: string;
  let otherFindingId: string;
  let findingId: string;
  const consultations = new ConsultationsDouble();
  /** An objective of the plan that would be accepted, but for what `over` changes. */
  const objective = (over: Record<string, unknown> = {}) => ({
    planId,
    description: 'D',
    measure: 'M',
    baseline: 0,
    target: 5,
    ownerOrganisationId: world.orgA,
    dueOn: dayIn(100),
    ...over,
  });

  beforeAll(async () => {
    people = await startTestService('people');
    // Governance's relay is off, so the outbox count proves no event was enqueued either.
    governance = await startTestService(governanceService, { relay: false });
    url = governance.url;
    await consultations.start();
    world = await buildGovernanceWorld(people.url, governance);
    findingId = (await consultations.findingsKnownTo(governance, world.partnershipId, world.orgA)).findingIds[0];
    otherFindingId = (await consultations.findingsKnownTo(governance, world.otherPartnershipId, world.otherOrg))
      .findingIds[0];
    forumId = await createForum(url, world.tokens.leadA, { name: 'Board', kind: 'PARTNERSHIP_BOARD' });
    ok(
      await gql(
        url,
        APPOINT,
        { i: { forumId, personId: world.youngPersonId, role: 'MEMBER', startsOn: dayIn(0), endsOn: dayIn(100) } },
        world.tokens.leadA,
      ),
    );
    meetingId = ok(await gql(url, SCHEDULE, { i: { forumId, title: 'Next', startsAt: inDays(5) } }, world.tokens.leadA))
      .scheduleMeeting.id;
    planId = ok(
      await gql(
        url,
        CREATE_PLAN,
        {
          i: { title: 'Plan', kind: 'ACTION_PLAN', periodStart: dayIn(0), periodEnd: dayIn(365), reviewOn: dayIn(180) },
        },
        world.tokens.leadA,
      ),
    ).createPlan.id;
    objectiveId = ok(
      await gql(
        url,
        ADD_OBJECTIVE,
        {
          i: objective({ target: 10 }),
        },
        world.tokens.leadA,
      ),
    ).addObjective.id;
  });
  afterAll(async () => {
    await consultations.stop();
    await governance.stop();
    await people.stop();
  });

  type Case = [string, string, () => Record<string, unknown>, string, RegExp];
  const cases: Case[] = [
    [
      'a decision citing an unknown finding',
      RECORD_DECISION,
      () => {
        const unknown = randomUUID();
        return {
          forumId,
          title: 'T',
          citedFindingIds: [findingId, unknown],
          youngPeopleInvolved: false,
          expect: unknown,
        };
      },
      'BAD_USER_INPUT',
      /Finding [0-9a-f-]{36} does not exist in your partnership/,
    ],
    [
      "a decision citing another partnership's finding",
      RECORD_DECISION,
      () => ({ forumId, title: 'T', citedFindingIds: [otherFindingId], youngPeopleInvolved: false }),
      'BAD_USER_INPUT',
      /does not exist in your partnership/,
    ],
    [
      'a decision citing a malformed finding id',
      RECORD_DECISION,
      () => ({ forumId, title: 'T', citedFindingIds: ['finding-1'], youngPeopleInvolved: false }),
      'BAD_USER_INPUT',
      /must be a UUID/,
    ],
    [
      'a decision in the future',
      RECORD_DECISION,
      () => ({ forumId, title: 'T', citedFindingIds: [], youngPeopleInvolved: false, decidedAt: inDays(3) }),
      'BAD_USER_INPUT',
      /in the future/,
    ],
    [
      "a decision at another forum's meeting",
      RECORD_DECISION,
      () => ({ forumId: 'FORUM2', meetingId, title: 'T', citedFindingIds: [], youngPeopleInvolved: false }),
      'BAD_USER_INPUT',
      /another forum/,
    ],
    [
      'a decision on an unknown forum',
      RECORD_DECISION,
      () => ({ forumId: randomUUID(), title: 'T', citedFindingIds: [], youngPeopleInvolved: false }),
      'NOT_FOUND',
      /No forum with id/,
    ],
    [
      'a seat for a person outside the partnership',
      APPOINT,
      () => ({ forumId, personId: world.outsiderId, role: 'MEMBER', startsOn: dayIn(0) }),
      'BAD_USER_INPUT',
      /not registered in your partnership/,
    ],
    [
      'a seat for an unknown person',
      APPOINT,
      () => ({ forumId, personId: randomUUID(), role: 'MEMBER', startsOn: dayIn(0) }),
      'BAD_USER_INPUT',
      /not registered in your partnership/,
    ],
    [
      'a seat ending before it starts',
      APPOINT,
      () => ({ forumId, personId: world.staffId, role: 'MEMBER', startsOn: dayIn(10), endsOn: dayIn(5) }),
      'BAD_USER_INPUT',
      /must not be before startsOn/,
    ],
    [
      'a second seat overlapping the first',
      APPOINT,
      () => ({ forumId, personId: world.youngPersonId, role: 'CHAIR', startsOn: dayIn(50) }),
      'CONFLICT',
      /already holds a seat/,
    ],
    [
      'a meeting in the past marked scheduled',
      SCHEDULE,
      () => ({ forumId, title: 'Yesterday', startsAt: inDays(-1), status: 'SCHEDULED' }),
      'BAD_USER_INPUT',
      /in the past, so it cannot be SCHEDULED/,
    ],
    [
      'a meeting in the past with no status (scheduled by default)',
      SCHEDULE,
      () => ({ forumId, title: 'Yesterday', startsAt: inDays(-1) }),
      'BAD_USER_INPUT',
      /in the past/,
    ],
    [
      'a future meeting marked held',
      SCHEDULE,
      () => ({ forumId, title: 'Tomorrow', startsAt: inDays(1), status: 'HELD' }),
      'BAD_USER_INPUT',
      /not happened yet/,
    ],
    [
      'a meeting with a malformed time',
      SCHEDULE,
      () => ({ forumId, title: 'T', startsAt: '5th of May' }),
      'BAD_USER_INPUT',
      /not a DateTime/,
    ],
    [
      "an agenda item citing another partnership's finding",
      ADD_AGENDA_ITEM,
      () => ({ meetingId, title: 'T', findingIds: [otherFindingId] }),
      'BAD_USER_INPUT',
      /does not exist in your partnership/,
    ],
    [
      'an agenda item presented by an outsider',
      ADD_AGENDA_ITEM,
      () => ({ meetingId, title: 'T', presenterId: world.outsiderId }),
      'BAD_USER_INPUT',
      /not registered in your partnership/,
    ],
    [
      'an agenda item with an empty title',
      ADD_AGENDA_ITEM,
      () => ({ meetingId, title: '  ' }),
      'BAD_USER_INPUT',
      /title must not be empty/,
    ],
    [
      'a forum with an empty name',
      CREATE_FORUM,
      () => ({ name: ' ', kind: 'YOUTH_COUNCIL' }),
      'BAD_USER_INPUT',
      /name must not be empty/,
    ],
    [
      "a forum owned by another partnership's organisation",
      CREATE_FORUM,
      () => ({ name: 'X', kind: 'YOUTH_COUNCIL', organisationId: world.otherOrg }),
      'BAD_USER_INPUT',
      /not an organisation of your partnership/,
    ],
    [
      'a forum of an unknown kind',
      CREATE_FORUM,
      () => ({ name: 'X', kind: 'BOWLS_CLUB' }),
      'BAD_USER_INPUT',
      /BOWLS_CLUB/,
    ],
    [
      'a plan ending before it starts',
      CREATE_PLAN,
      () => ({ title: 'P', kind: 'STRATEGY', periodStart: dayIn(10), periodEnd: dayIn(0), reviewOn: dayIn(10) }),
      'BAD_USER_INPUT',
      /periodEnd/,
    ],
    [
      'a plan with an impossible date',
      CREATE_PLAN,
      () => ({
        title: 'P',
        kind: 'STRATEGY',
        periodStart: '2026-02-30',
        periodEnd: '2027-01-01',
        reviewOn: '2026-06-01',
      }),
      'BAD_USER_INPUT',
      /real calendar date/,
    ],
    [
      'an objective whose target equals its baseline',
      ADD_OBJECTIVE,
      () => objective({ baseline: 5 }),
      'BAD_USER_INPUT',
      /target must differ/,
    ],
    [
      "an objective owned by another partnership's organisation",
      ADD_OBJECTIVE,
      () => objective({ ownerOrganisationId: world.otherOrg }),
      'BAD_USER_INPUT',
      /not an organisation of your partnership/,
    ],
    [
      'an objective due before it starts',
      ADD_OBJECTIVE,
      () => objective({ dueOn: dayIn(-5) }),
      'BAD_USER_INPUT',
      /dueOn/,
    ],
    [
      'progress measured in the future',
      RECORD_PROGRESS,
      () => ({ objectiveId, value: 3, recordedOn: dayIn(3) }),
      'BAD_USER_INPUT',
      /in the future/,
    ],
    [
      'progress on an unknown objective',
      RECORD_PROGRESS,
      () => ({ objectiveId: randomUUID(), value: 3 }),
      'NOT_FOUND',
      /No objective with id/,
    ],
  ];

  it.each(cases)('%s', async (_name, mutation, input, code, message) => {
    const { expect: named, ...fields } = input() as Record<string, unknown> & { expect?: string };
    if (fields.forumId === 'FORUM2')
      fields.forumId = await createForum(url, world.tokens.leadA, { name: 'Second forum' });
    const before = await footprint(governance);
    const response = await gql(url, mutation, { i: fields }, world.tokens.leadA);
    expect(codes(response)).toEqual([code]);
    expect(response.errors![0].message).toMatch(message);
    if (named) expect(response.errors![0].message).toContain(named);
    expect(await footprint(governance)).toEqual(before);
  });

  it('a bad cursor, an oversized page or a backwards calendar range are BAD_USER_INPUT', async () => {
    expect(codes(await gql(url, '{ forums(after: "garbage") { totalCount } }', {}, world.tokens.leadA))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(codes(await gql(url, '{ plans(first: 1000) { totalCount } }', {}, world.tokens.leadA))).toEqual([
      'BAD_USER_INPUT',
    ]);
    const range = 'query($from: DateTime!, $to: DateTime!) { meetings(from: $from, to: $to) { totalCount } }';
    expect(codes(await gql(url, range, { from: inDays(10), to: inDays(0) }, world.tokens.leadA))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(codes(await gql(url, range, { from: inDays(0), to: inDays(800) }, world.tokens.leadA))).toEqual([
      'BAD_USER_INPUT',
    ]);
  });
});

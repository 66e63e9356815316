import { randomUUID } from 'node:crypto';
import { RunningService } from '@voicegraph/platform';
import {
  AnyData,
  codes,
  gql,
  months,
  ok,
  registerStaff,
  startStack,
  waitUntilKnown,
  waitUntilPartnershipKnown,
} from '@voicegraph/testkit';
import { governanceService } from '../../src/service';
import {
  ADD_OBJECTIVE,
  APPOINT,
  buildGovernanceWorld,
  ConsultationsDouble,
  CREATE_PLAN,
  createForum,
  GovernanceWorld,
  RECORD_DECISION,
  RECORD_PROGRESS,
  REGISTER_PERSON,
  registerYoungPerson,
  waitForKnownPerson,
} from './fixture';

const GOVERNANCE_ANALYTICS = `query($id: ID!, $period: AnalyticsPeriod!, $filter: AnalyticsFilter) {
  partnership(id: $id) {
    governanceAnalytics(period: $period, filter: $filter) {
      period { from to }
      suppressionThreshold
      decisions { made citingFindings citingFindingsShare involvingYoungPeople }
      seats { seats { value suppressed } heldByYoungPeople { value suppressed } youngPeopleShare { value suppressed }
              byForumKind { forumKind seats { value suppressed } heldByYoungPeople { value suppressed } youngPeopleShare { value suppressed } } }
      objectives { total onTrack atRisk offTrack done }
      plans { plans overdueReviews }
    }
  }
}`;

const W = { value: null, suppressed: true };
const n = (value: number) => ({ value, suppressed: false });
const shiftYears = (years: number, from = new Date()) =>
  `${from.getUTCFullYear() + years}-${from.toISOString().slice(5, 10)}`.replace('-02-29', '-02-28');

/**
 * Hand-computed data set (threshold 5) through the real people and governance services:
 *  youth council (org A): y1..y7 this month and last, y8 until two months ago; 7 seats, all young people.
 *  corporate parenting board (partnership): y1, y2, y3 and staff s1, s2; 5 seats, 3 young people.
 *  steering group (org B): y4, y5, y8 and staff s1; 4 seats, 3 young people.
 *  decisions this month: youth council (cites a finding, young people involved), board (neither); last month: steering group (cites).
 *  plans: one overdue for review, one not; objectives DONE, ON_TRACK, AT_RISK, OFF_TRACK.
 */
describe('governance analytics (real people and governance, threshold 5)', () => {
  let stack: Awaited<ReturnType<typeof startStack>>;
  let governance: RunningService;
  let url: string;
  let world: GovernanceWorld;
  const consultations = new ConsultationsDouble();
  const { current, previous, both } = months();

  beforeAll(async () => {
    stack = await startStack(['people', governanceService]);
    const peopleUrl = stack.services[0].url;
    governance = stack.services[1];
    url = governance.url;
    await consultations.start();
    world = await buildGovernanceWorld(peopleUrl, governance);
    const young: string[] = [];
    for (let i = 1; i <= 8; i += 1)
      young.push(await registerYoungPerson(peopleUrl, world.tokens.leadA, world.orgA, { displayName: `y${i}` }));
    const staff: string[] = [];
    for (const name of ['s1', 's2'])
      staff.push(
        ok(
          await gql(
            peopleUrl,
            REGISTER_PERSON,
            { input: { kind: 'STAFF', organisationIds: [world.orgA], displayName: name } },
            world.tokens.leadA,
          ),
        ).registerPerson.id,
      );
    for (const id of [...young, ...staff]) await waitForKnownPerson(governance, id);
    await waitUntilPartnershipKnown(governance, world.partnershipId);

    const admin = world.tokens.admin;
    const council = await createForum(url, admin, {
      name: 'Youth council',
      kind: 'YOUTH_COUNCIL',
      organisationId: world.orgA,
    });
    const board = await createForum(url, admin, {
      name: 'Corporate parenting board',
      kind: 'CORPORATE_PARENTING_BOARD',
    });
    const steering = await createForum(url, admin, {
      name: 'Steering group',
      kind: 'STEERING_GROUP',
      organisationId: world.orgB,
    });
    const twoMonthsAgo = new Date(Date.UTC(+previous.from.slice(0, 4), +previous.from.slice(5, 7) - 2, 1))
      .toISOString()
      .slice(0, 10);
    const endOfTwoMonthsAgo = new Date(Date.parse(`${previous.from}T00:00:00Z`) - 86_400_000)
      .toISOString()
      .slice(0, 10);
    const seat = async (forumId: string, personId: string, startsOn = previous.from, endsOn: string | null = null) =>
      ok(await gql(url, APPOINT, { i: { forumId, personId, role: 'MEMBER', startsOn, endsOn } }, admin));
    for (const id of young.slice(0, 7)) await seat(council, id);
    await seat(council, young[7], twoMonthsAgo, endOfTwoMonthsAgo);
    for (const id of [young[0], young[1], young[2], staff[0], staff[1]]) await seat(board, id);
    for (const id of [young[3], young[4], young[7], staff[0]]) await seat(steering, id);

    const { findingIds } = await consultations.findingsKnownTo(governance, world.partnershipId, world.orgA, 2);
    const decide = (forumId: string, citedFindingIds: string[], youngPeopleInvolved: boolean, decidedAt?: string) =>
      gql(
        url,
        RECORD_DECISION,
        { i: { forumId, title: 'A decision', citedFindingIds, youngPeopleInvolved, decidedAt } },
        admin,
      ).then(ok);
    await decide(council, [findingIds[0]], true);
    await decide(board, [], false);
    await decide(steering, [findingIds[1]], true, `${previous.from.slice(0, 8)}15T10:00:00Z`);

    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const plan = async (reviewOn: string, organisationId?: string) =>
      ok(
        await gql(
          url,
          CREATE_PLAN,
          {
            i: {
              title: `Plan ${randomUUID().slice(0, 4)}`,
              kind: 'ACTION_PLAN',
              organisationId,
              periodStart: shiftYears(-2),
              periodEnd: shiftYears(5),
              reviewOn,
            },
          },
          admin,
        ),
      ).createPlan.id as string;
    const overdue = await plan(yesterday < shiftYears(-2) ? shiftYears(-2) : yesterday);
    await plan(shiftYears(1), world.orgB);
    const objective = async (startsOn: string, dueOn: string) =>
      ok(
        await gql(
          url,
          ADD_OBJECTIVE,
          {
            i: {
              planId: overdue,
              description: 'More young people on boards',
              measure: 'seats',
              baseline: 0,
              target: 10,
              ownerOrganisationId: world.orgA,
              startsOn,
              dueOn,
            },
          },
          admin,
        ),
      ).addObjective.id as string;
    const done = await objective(shiftYears(-1), shiftYears(4));
    ok(await gql(url, RECORD_PROGRESS, { i: { objectiveId: done, value: 10 } }, admin));
    await objective(previous.from, shiftYears(5)); // on track: hardly begun
    await objective(shiftYears(-1), shiftYears(4)); // at risk: a fifth of the way in, nothing achieved
    await objective(shiftYears(-2), shiftYears(1)); // off track: two thirds of the way in, nothing achieved
  });
  afterAll(async () => {
    await consultations.stop();
    await stack?.stop();
  });

  const ask = (period: { from: string; to: string }, filter?: Record<string, unknown>, token = world.tokens.analyst) =>
    gql(stack.gateway.url, GOVERNANCE_ANALYTICS, { id: world.partnershipId, period, filter }, token);
  const figures = async (period: { from: string; to: string }, filter?: Record<string, unknown>): Promise<AnyData> =>
    ok(await ask(period, filter)).partnership.governanceAnalytics;
  const kind = (f: AnyData, forumKind: string) => f.seats.byForumKind.find((k: AnyData) => k.forumKind === forumKind);

  it("counts decisions, the share citing young people's findings, objectives by status and overdue reviews", async () => {
    const f = await figures(current);
    expect(f.period).toEqual(current);
    expect(f.suppressionThreshold).toBe(5);
    expect(f.decisions).toEqual({ made: 2, citingFindings: 1, citingFindingsShare: 0.5, involvingYoungPeople: 1 });
    expect(f.objectives).toEqual({ total: 4, onTrack: 1, atRisk: 1, offTrack: 1, done: 1 });
    expect(f.plans).toEqual({ plans: 2, overdueReviews: 1 });
    expect((await figures(previous)).decisions).toEqual({
      made: 1,
      citingFindings: 1,
      citingFindingsShare: 1,
      involvingYoungPeople: 1,
    });
    expect((await figures(both)).decisions.made).toBe(3);
  });

  it('publishes seats held by young people per forum kind only through suppression and rounding', async () => {
    const f = await figures(current);
    // 16 seats (→ 15); 13 held by young people (→ 15): youth council 7 (→ 5), board 3 and steering group 3 (withheld together).
    expect(f.seats.seats).toEqual(n(15));
    expect(f.seats.heldByYoungPeople).toEqual(n(15));
    expect(f.seats.youngPeopleShare).toEqual(n(1));
    expect(kind(f, 'YOUTH_COUNCIL')).toEqual({
      forumKind: 'YOUTH_COUNCIL',
      seats: n(5), // 7
      heldByYoungPeople: n(5),
      youngPeopleShare: n(1),
    });
    // All seats are withheld wherever young people's are: "5 seats" beside the staff's known 2 would give the 3.
    expect(kind(f, 'CORPORATE_PARENTING_BOARD')).toEqual({
      forumKind: 'CORPORATE_PARENTING_BOARD',
      seats: W,
      heldByYoungPeople: W,
      youngPeopleShare: W,
    });
    expect(kind(f, 'STEERING_GROUP')).toMatchObject({ seats: W, heldByYoungPeople: W });
    // No seats at all, but a zero beside withheld kinds would complete the partition.
    expect(kind(f, 'RECRUITMENT_PANEL')).toEqual({
      forumKind: 'RECRUITMENT_PANEL',
      seats: W,
      heldByYoungPeople: W,
      youngPeopleShare: W,
    });
    // The youth council seat that ended two months ago does not count last month either.
    expect(kind(await figures(previous), 'YOUTH_COUNCIL').seats).toEqual(n(5)); // 7
  });

  it('narrows by organisation; a narrow filter shows withheld cells, and subtracting it from the whole recovers nothing', async () => {
    const a = await figures(current, { organisationIds: [world.orgA] });
    expect(a.decisions.made).toBe(1);
    expect(a.seats.seats).toEqual(n(5)); // 7
    expect(a.seats.heldByYoungPeople).toEqual(n(5)); // 7
    expect(a.objectives.total).toBe(4);
    expect(a.plans).toEqual({ plans: 0, overdueReviews: 0 });
    const b = await figures(current, { organisationIds: [world.orgB] });
    expect(b.seats.heldByYoungPeople).toEqual(W); // 3
    expect(b.seats.seats).toEqual(W); // 4, withheld with the young people's 3
    expect(kind(b, 'STEERING_GROUP').heldByYoungPeople).toEqual(W);
    expect(b.plans).toEqual({ plans: 1, overdueReviews: 0 });
    const all = await figures(current);
    // Everyone minus org A is 6 seats (board 3 + steering 3); the published figures give 10.
    expect(all.seats.heldByYoungPeople.value - a.seats.heldByYoungPeople.value).not.toBe(6);
  });

  it('refuses cohort, age band and context filters, part months, and callers who are not analysts, leads or admins', async () => {
    const cohort = await ask(current, { cohorts: ['SEND'] });
    expect(codes(cohort)).toContain('BAD_USER_INPUT');
    expect(cohort.errors![0].message).toMatch(/organisationIds only/);
    expect(codes(await ask({ from: current.from, to: current.from }))).toContain('BAD_USER_INPUT');
    expect(codes(await ask(current, undefined, world.tokens.practitionerA))).toContain('FORBIDDEN');
    expect(codes(await ask(current, undefined, world.youngPersonToken))).toContain('FORBIDDEN');
    expect(ok(await ask(current, undefined, world.tokens.leadA)).partnership.governanceAnalytics.decisions.made).toBe(
      2,
    );
    const { id: strangerId, token: stranger } = await registerStaff(
      stack.services[0].url,
      world.tokens.otherAdmin,
      world.otherPartnershipId,
      ['ANALYST'],
    );
    await waitUntilKnown([governance], [strangerId]);
    const direct = await gql(
      url,
      `query($r: [_Any!]!, $p: AnalyticsPeriod!) { _entities(representations: $r) { ... on Partnership { governanceAnalytics(period: $p) { decisions { made } } } } }`,
      { r: [{ __typename: 'Partnership', id: world.partnershipId }], p: current },
      stranger,
    );
    expect(codes(direct)).toContain('FORBIDDEN');
    expect(JSON.stringify(direct.data)).not.toMatch(/"made"/);
  });
});

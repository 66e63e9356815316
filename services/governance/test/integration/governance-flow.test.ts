import { eventSchemas, GovernanceEvents, RunningService, topicOf } from '@voicegraph/platform';
import { EventCollector, gql, ok, startStack } from '@voicegraph/testkit';
import { governanceService } from '../../src/service';
import {
  ADD_AGENDA_ITEM,
  ADD_OBJECTIVE,
  APPOINT,
  ConsultationsDouble,
  CREATE_FORUM,
  CREATE_PLAN,
  createForum,
  dayIn,
  GovernanceWorld,
  inDays,
  queriesDuring,
  RECORD_ATTENDANCE,
  RECORD_DECISION,
  RECORD_PROGRESS,
  registerYoungPerson,
  SCHEDULE,
  buildGovernanceWorld,
  waitForKnownPerson,
} from './fixture';

describe("governance: from a forum to a decision citing young people's findings, and plans", () => {
  let stack: Awaited<ReturnType<typeof startStack>>;
  let governance: RunningService;
  let url: string;
  let world: GovernanceWorld;
  const consultations = new ConsultationsDouble();
  const collector = new EventCollector(Object.values(GovernanceEvents).map(topicOf));

  beforeAll(async () => {
    stack = await startStack(['people', governanceService]);
    governance = stack.services[1];
    url = governance.url;
    await Promise.all([collector.start(), consultations.start()]);
    world = await buildGovernanceWorld(stack.services[0].url, governance);
  });
  afterAll(async () => {
    await collector.stop();
    await consultations.stop();
    await stack.stop();
  });

  const eventsAbout = (subject: string, count = 1) => collector.waitFor((r) => r.event.subject === subject, count);

  it('a participation lead creates a forum, and ForumCreated is published, schema-valid', async () => {
    const forum = ok(
      await gql(
        url,
        CREATE_FORUM,
        {
          i: {
            name: 'Children in Care Council',
            kind: 'STANDING_GROUP',
            organisationId: world.orgA,
            purpose: 'Informs the Corporate Parenting Board',
          },
        },
        world.tokens.leadA,
      ),
    ).createForum;
    expect(forum).toMatchObject({
      name: 'Children in Care Council',
      kind: 'STANDING_GROUP',
      organisation: { id: world.orgA },
      canSeeBusiness: true,
    });
    const [received] = await eventsAbout(forum.id);
    expect(received.topic).toBe('governance.forum.v1');
    expect(received.key).toBe(forum.id);
    expect(received.event.data).toEqual({
      forumId: forum.id,
      partnershipId: world.partnershipId,
      organisationId: world.orgA,
      name: 'Children in Care Council',
      kind: 'STANDING_GROUP',
    });
    expect(eventSchemas().validate(received.event)).toEqual({ valid: true, errors: [] });
  });

  it('young people hold seats as equals; SeatAssigned says so', async () => {
    const forumId = await createForum(url, world.tokens.leadA, {
      name: 'Care leavers group',
      organisationId: world.orgA,
    });
    const seat = ok(
      await gql(
        url,
        APPOINT,
        { i: { forumId, personId: world.youngPersonId, role: 'YOUTH_REPRESENTATIVE', startsOn: dayIn(-30) } },
        world.tokens.leadA,
      ),
    ).appointToSeat;
    expect(seat).toMatchObject({
      role: 'YOUTH_REPRESENTATIVE',
      heldByYoungPerson: true,
      current: true,
      endsOn: null,
      forum: { id: forumId },
    });
    const staffSeat = ok(
      await gql(
        url,
        APPOINT,
        { i: { forumId, personId: world.staffId, role: 'CHAIR', startsOn: dayIn(0), endsOn: dayIn(365) } },
        world.tokens.admin,
      ),
    ).appointToSeat;
    expect(staffSeat.heldByYoungPerson).toBe(false);
    const [received] = await eventsAbout(seat.id);
    expect(received.event.data).toEqual({
      seatId: seat.id,
      forumId,
      partnershipId: world.partnershipId,
      personId: world.youngPersonId,
      role: 'YOUTH_REPRESENTATIVE',
      heldByYoungPerson: true,
      startsOn: dayIn(-30),
      endsOn: null,
    });
    expect(eventSchemas().validate(received.event).errors).toEqual([]);
    const seats = ok(
      await gql(
        url,
        'query($id: ID!) { forum(id: $id) { seats { role heldByYoungPerson person { id } } } }',
        { id: forumId },
        world.youngPersonToken,
      ),
    ).forum.seats;
    // A young person sees their own seat as theirs, and others' seats without who holds them.
    expect(seats).toEqual([
      { role: 'YOUTH_REPRESENTATIVE', heldByYoungPerson: true, person: { id: world.youngPersonId } },
      { role: 'CHAIR', heldByYoungPerson: false, person: null },
    ]);
    const asStaff = ok(
      await gql(
        url,
        'query($id: ID!) { forum(id: $id) { seats { person { id } } } }',
        { id: forumId },
        world.tokens.practitionerA,
      ),
    ).forum.seats;
    expect(asStaff).toEqual([{ person: { id: world.youngPersonId } }, { person: { id: world.staffId } }]);
  });

  it('a meeting with an agenda a young person presents, and a decision citing findings', async () => {
    const { consultationId, findingIds } = await consultations.findingsKnownTo(
      governance,
      world.partnershipId,
      world.orgA,
      2,
    );
    const forumId = await createForum(url, world.tokens.leadA, {
      name: 'Corporate Parenting Board',
      kind: 'CORPORATE_PARENTING_BOARD',
      organisationId: world.orgA,
    });
    ok(
      await gql(
        url,
        APPOINT,
        { i: { forumId, personId: world.youngPersonId, role: 'MEMBER', startsOn: dayIn(-1) } },
        world.tokens.leadA,
      ),
    );
    ok(
      await gql(
        url,
        APPOINT,
        { i: { forumId, personId: world.staffId, role: 'CHAIR', startsOn: dayIn(-1) } },
        world.tokens.leadA,
      ),
    );

    const meeting = ok(
      await gql(
        url,
        SCHEDULE,
        { i: { forumId, title: 'Spring board', startsAt: inDays(14), location: 'Council House' } },
        world.staffToken,
      ),
    ).scheduleMeeting;
    expect(meeting).toMatchObject({ status: 'SCHEDULED', title: 'Spring board' });
    const [scheduled] = await eventsAbout(meeting.id);
    expect(scheduled.event.data).toEqual({
      meetingId: meeting.id,
      forumId,
      partnershipId: world.partnershipId,
      startsAt: meeting.startsAt,
      status: 'SCHEDULED',
    });
    expect(eventSchemas().validate(scheduled.event).errors).toEqual([]);

    // The young person, a member, puts the findings on the agenda and presents them.
    const item = ok(
      await gql(
        url,
        ADD_AGENDA_ITEM,
        {
          i: {
            meetingId: meeting.id,
            title: 'What care leavers told us about housing',
            presenterId: world.youngPersonId,
            findingIds,
            consultationIds: [consultationId],
          },
        },
        world.youngPersonToken,
      ),
    ).addAgendaItem;
    expect(item).toMatchObject({ position: 1, presentedByYoungPerson: true, consultations: [{ id: consultationId }] });
    expect(item.findings.map((f: { id: string }) => f.id).sort()).toEqual([...findingIds].sort());
    const second = ok(
      await gql(url, ADD_AGENDA_ITEM, { i: { meetingId: meeting.id, title: 'Any other business' } }, world.staffToken),
    ).addAgendaItem;
    expect(second).toMatchObject({ position: 2, presentedByYoungPerson: false, findings: [] });

    const decision = ok(
      await gql(
        url,
        RECORD_DECISION,
        {
          i: {
            forumId,
            meetingId: meeting.id,
            title: 'Care leavers choose their first home from a shortlist',
            citedFindingIds: findingIds,
            youngPeopleInvolved: true,
          },
        },
        world.staffToken,
      ),
    ).recordDecision;
    expect(decision).toMatchObject({
      youngPeopleInvolved: true,
      influencedByYoungPeople: true,
      consultations: [{ id: consultationId }],
    });
    expect(decision.citedFindings.map((f: { id: string }) => f.id).sort()).toEqual([...findingIds].sort());
    const [recorded] = await eventsAbout(decision.id);
    expect(recorded.event.data).toMatchObject({
      decisionId: decision.id,
      forumId,
      meetingId: meeting.id,
      consultationIds: [consultationId],
      youngPeopleInvolved: true,
    });
    expect([...(recorded.event.data as { citedFindingIds: string[] }).citedFindingIds].sort()).toEqual(
      [...findingIds].sort(),
    );
    expect(eventSchemas().validate(recorded.event).errors).toEqual([]);

    // Readable across the partnership (a practitioner of org B is no member, nor staff of org A).
    const read = ok(
      await gql(
        url,
        'query($id: ID!) { decision(id: $id) { title forum { name canSeeBusiness } meeting { id } } }',
        { id: decision.id },
        world.tokens.practitionerB,
      ),
    ).decision;
    expect(read).toMatchObject({
      title: 'Care leavers choose their first home from a shortlist',
      forum: { canSeeBusiness: false },
      meeting: null,
    });
    const asMember = ok(
      await gql(
        url,
        'query($id: ID!) { decision(id: $id) { meeting { id agenda { position } decisions { id } } } }',
        { id: decision.id },
        world.youngPersonToken,
      ),
    ).decision;
    expect(asMember.meeting).toEqual({
      id: meeting.id,
      agenda: [{ position: 1 }, { position: 2 }],
      decisions: [{ id: decision.id }],
    });

    // Finding.decisions and Consultation.decisions, as the gateway would ask for them: in one batch.
    const reps = [
      ...findingIds.map((id) => ({ __typename: 'Finding', id })),
      { __typename: 'Consultation', id: consultationId },
    ];
    const entities = ok(
      await gql(
        url,
        'query($r: [_Any!]!) { _entities(representations: $r) { ... on Finding { decisions { id } } ... on Consultation { decisions { id } } } }',
        { r: reps },
        world.tokens.practitionerB,
      ),
    )._entities;
    expect(entities).toEqual([
      { decisions: [{ id: decision.id }] },
      { decisions: [{ id: decision.id }] },
      { decisions: [{ id: decision.id }] },
    ]);
    // Another partnership's caller sees none of them.
    const elsewhere = ok(
      await gql(
        url,
        'query($r: [_Any!]!) { _entities(representations: $r) { ... on Finding { decisions { id } } } }',
        { r: reps.slice(0, 1) },
        world.otherAdmin,
      ),
    )._entities;
    expect(elsewhere).toEqual([{ decisions: [] }]);
  });

  it('attendance is recorded for a meeting that has happened, marking it held', async () => {
    const forumId = await createForum(url, world.tokens.leadA, {
      name: 'Youth council',
      kind: 'YOUTH_COUNCIL',
      organisationId: world.orgA,
    });
    const held = ok(
      await gql(
        url,
        SCHEDULE,
        { i: { forumId, title: 'Last week', startsAt: inDays(-7), status: 'HELD' } },
        world.tokens.leadA,
      ),
    ).scheduleMeeting;
    expect(held.status).toBe('HELD');
    const meeting = ok(
      await gql(
        url,
        RECORD_ATTENDANCE,
        { i: { meetingId: held.id, personIds: [world.youngPersonId, world.staffId] } },
        world.tokens.leadA,
      ),
    ).recordAttendance;
    expect(meeting.status).toBe('HELD');
    expect(meeting.attendance.map((a: { youngPerson: boolean }) => a.youngPerson).sort()).toEqual([false, true]);
    const future = ok(
      await gql(url, SCHEDULE, { i: { forumId, title: 'Next month', startsAt: inDays(30) } }, world.tokens.leadA),
    ).scheduleMeeting;
    const early = await gql(
      url,
      RECORD_ATTENDANCE,
      { i: { meetingId: future.id, personIds: [world.youngPersonId] } },
      world.tokens.leadA,
    );
    expect(early.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('the annual calendar is a date-range query across forums, filtered by kind and paged by cursor', async () => {
    const groupA = await createForum(url, world.tokens.leadA, {
      name: 'Calendar group A',
      kind: 'STANDING_GROUP',
      organisationId: world.orgA,
    });
    const groupB = await createForum(url, world.tokens.admin, { name: 'Calendar group B', kind: 'STANDING_GROUP' });
    const board = await createForum(url, world.tokens.leadA, { name: 'Calendar board', kind: 'PARTNERSHIP_BOARD' });
    const schedule = async (forumId: string, days: number) =>
      ok(
        await gql(
          url,
          SCHEDULE,
          { i: { forumId, title: `Meeting in ${days} days`, startsAt: inDays(days) } },
          world.tokens.admin,
        ),
      ).scheduleMeeting.id as string;
    const expected = [
      await schedule(groupB, 300),
      await schedule(groupA, 30),
      await schedule(groupA, 90),
      await schedule(groupB, 60),
      await schedule(groupA, 200),
    ];
    await schedule(board, 45);
    await schedule(groupA, 500); // outside the year
    const forums = [groupA, groupB];
    const seen: { id: string; startsAt: string }[] = [];
    let after: string | null = null;
    let total = 0;
    do {
      const page: any = ok(
        await gql(
          url,
          `query($from: DateTime!, $to: DateTime!, $after: String) {
        meetings(from: $from, to: $to, filter: { forumKinds: [STANDING_GROUP] }, first: 2, after: $after) {
          totalCount edges { node { id startsAt forum { id } } } pageInfo { hasNextPage endCursor } } }`,
          { from: inDays(0), to: inDays(366), after },
          world.tokens.admin,
        ),
      ).meetings;
      total = page.totalCount;
      seen.push(...page.edges.map((e: any) => e.node).filter((n: any) => forums.includes(n.forum.id)));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen.map((m) => m.id)).toEqual([expected[1], expected[3], expected[2], expected[4], expected[0]]);
    expect(new Set(seen.map((m) => m.id)).size).toBe(seen.length);
    expect(total).toBeGreaterThanOrEqual(5);
    const starts = seen.map((m) => m.startsAt);
    expect([...starts].sort()).toEqual(starts);
  });

  it('plans with SMART objectives: progress over time, a derived status, overdue reviews visible', async () => {
    const plan = ok(
      await gql(
        url,
        CREATE_PLAN,
        {
          i: {
            title: 'Participation action plan',
            kind: 'ACTION_PLAN',
            periodStart: dayIn(-100),
            periodEnd: dayIn(265),
            reviewOn: dayIn(-1),
          },
        },
        world.tokens.leadA,
      ),
    ).createPlan;
    expect(plan.reviewOverdue).toBe(true);
    const current = ok(
      await gql(
        url,
        CREATE_PLAN,
        {
          i: {
            title: 'Participation strategy',
            kind: 'STRATEGY',
            organisationId: world.orgA,
            periodStart: dayIn(-10),
            periodEnd: dayIn(1400),
            reviewOn: dayIn(300),
          },
        },
        world.tokens.leadA,
      ),
    ).createPlan;
    expect(current.reviewOverdue).toBe(false);

    const objective = ok(
      await gql(
        url,
        ADD_OBJECTIVE,
        {
          i: {
            planId: plan.id,
            description: "More decisions cite young people's findings",
            measure: 'Decisions citing findings (%)',
            baseline: 10,
            target: 60,
            ownerOrganisationId: world.orgB,
            startsOn: dayIn(-100),
            dueOn: dayIn(100),
          },
        },
        world.tokens.leadA,
      ),
    ).addObjective;
    // Half way along, with nothing recorded: far behind the line.
    expect(objective).toMatchObject({ status: 'OFF_TRACK', latestValue: null });

    const behind = ok(
      await gql(
        url,
        RECORD_PROGRESS,
        { i: { objectiveId: objective.id, value: 28, note: 'Autumn count', recordedOn: dayIn(-30) } },
        world.tokens.practitionerB,
      ),
    ).recordObjectiveProgress;
    expect(behind).toMatchObject({ status: 'AT_RISK', latestValue: 28 });
    const better = ok(
      await gql(url, RECORD_PROGRESS, { i: { objectiveId: objective.id, value: 36 } }, world.tokens.leadA),
    ).recordObjectiveProgress;
    expect(better.status).toBe('ON_TRACK');
    expect(better.progress.map((p: { value: number; statusAfter: string }) => [p.value, p.statusAfter])).toEqual([
      [36, 'ON_TRACK'],
      [28, 'AT_RISK'],
    ]);
    const done = ok(
      await gql(url, RECORD_PROGRESS, { i: { objectiveId: objective.id, value: 61 } }, world.tokens.leadA),
    ).recordObjectiveProgress;
    expect(done.status).toBe('DONE');

    const events = (await eventsAbout(objective.id, 4)).filter(
      (e) => e.event.type === 'voicegraph.governance.ObjectiveProgressRecorded.v1',
    );
    expect(events.map((e) => (e.event.data as { status: string }).status)).toEqual(['AT_RISK', 'ON_TRACK', 'DONE']);
    expect(events[0].event.data).toMatchObject({
      objectiveId: objective.id,
      planId: plan.id,
      partnershipId: world.partnershipId,
      value: 28,
    });
    for (const e of events) expect(eventSchemas().validate(e.event).errors).toEqual([]);

    // A practitioner of another organisation may not record progress on org B's objective.
    const refused = await gql(
      url,
      RECORD_PROGRESS,
      { i: { objectiveId: objective.id, value: 70 } },
      world.tokens.practitionerA,
    );
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const overdue = ok(
      await gql(
        url,
        '{ plans(filter: { reviewOverdue: true }, first: 100) { edges { node { id reviewOverdue } } } }',
        {},
        world.youngPersonToken,
      ),
    ).plans.edges.map((e: any) => e.node);
    expect(overdue.map((p: { id: string }) => p.id)).toContain(plan.id);
    expect(overdue.map((p: { id: string }) => p.id)).not.toContain(current.id);
    expect(overdue.every((p: { reviewOverdue: boolean }) => p.reviewOverdue)).toBe(true);
    const read = ok(
      await gql(
        url,
        'query($id: ID!) { plan(id: $id) { objectives { description ownerOrganisation { id } status progress { value } } } }',
        { id: plan.id },
        world.tokens.analyst,
      ),
    ).plan;
    expect(read.objectives).toEqual([
      {
        description: "More decisions cite young people's findings",
        ownerOrganisation: { id: world.orgB },
        status: 'DONE',
        progress: [{ value: 61 }, { value: 36 }, { value: 28 }],
      },
    ]);
  });

  it("through the gateway, a person's record (people) comes with their seats (governance) in one request", async () => {
    const forumId = await createForum(url, world.tokens.leadA, {
      name: 'Recruitment panel',
      kind: 'RECRUITMENT_PANEL',
      organisationId: world.orgA,
    });
    ok(
      await gql(
        url,
        APPOINT,
        { i: { forumId, personId: world.youngPersonId, role: 'MEMBER', startsOn: dayIn(0) } },
        world.tokens.leadA,
      ),
    );
    const person = ok(
      await gql(
        stack.gateway.url,
        'query($id: ID!) { person(id: $id) { displayName seats { role heldByYoungPerson forum { id kind } } } }',
        { id: world.youngPersonId },
        world.tokens.leadA,
      ),
    ).person;
    expect(person.displayName).toBe('Tia');
    expect(person.seats).toContainEqual({
      role: 'MEMBER',
      heldByYoungPerson: true,
      forum: { id: forumId, kind: 'RECRUITMENT_PANEL' },
    });
    const mine = ok(await gql(stack.gateway.url, '{ me { seats { forum { id } } } }', {}, world.youngPersonToken)).me;
    expect(mine.seats.map((s: { forum: { id: string } }) => s.forum.id)).toContain(forumId);
  });

  it('Person.seats, Finding.decisions and Consultation.decisions are batched: one query per table, however many references', async () => {
    const { consultationId, findingIds } = await consultations.findingsKnownTo(
      governance,
      world.partnershipId,
      world.orgA,
      4,
    );
    const forumId = await createForum(url, world.tokens.leadA, { name: 'Batching board', kind: 'PARTNERSHIP_BOARD' });
    for (const [i, findingId] of findingIds.entries()) {
      ok(
        await gql(
          url,
          RECORD_DECISION,
          { i: { forumId, title: `Decision ${i}`, citedFindingIds: [findingId], youngPeopleInvolved: true } },
          world.tokens.leadA,
        ),
      );
    }
    const people: string[] = [];
    for (let i = 0; i < 4; i += 1)
      people.push(
        await registerYoungPerson(stack.services[0].url, world.tokens.leadA, world.orgA, {
          displayName: `Member ${i}`,
        }),
      );
    for (const id of people) {
      await waitForKnownPerson(governance, id);
      ok(
        await gql(
          url,
          APPOINT,
          { i: { forumId, personId: id, role: 'MEMBER', startsOn: dayIn(0) } },
          world.tokens.leadA,
        ),
      );
    }
    const reps = [
      ...findingIds.map((id) => ({ __typename: 'Finding', id })),
      { __typename: 'Consultation', id: consultationId },
      ...people.map((id) => ({ __typename: 'Person', id })),
    ];
    const query = `query($r: [_Any!]!) { _entities(representations: $r) {
      ... on Finding { decisions { id forum { id } } } ... on Consultation { decisions { id } } ... on Person { seats { id forum { id } } } } }`;
    let entities: any[] = [];
    const sql = await queriesDuring(governance, async () => {
      entities = ok(await gql(url, query, { r: reps }, world.tokens.leadA))._entities;
    });
    expect(entities.slice(0, 4).map((e) => e.decisions.length)).toEqual([1, 1, 1, 1]);
    expect(entities[4].decisions).toHaveLength(4);
    expect(entities.slice(5).map((e) => e.seats.length)).toEqual([1, 1, 1, 1]);
    // 4 findings, 1 consultation and 4 people, yet a fixed number of queries (the relay's outbox polls aside).
    const reads = sql.filter((q) => q.startsWith('SELECT') && !q.includes('"governance"."outbox"'));
    const on = (entity: string) => reads.filter((q) => q.startsWith(`SELECT "${entity}"`)).length;
    // One by finding, one by consultation, each the evidence joined to its decisions.
    expect(on('DecisionEntity')).toBe(2);
    expect(reads.filter((q) => q.includes('"governance"."decision_evidence"'))).toHaveLength(2);
    expect(on('ForumEntity')).toBe(1);
    expect(on('SeatEntity')).toBe(2); // the members' seats, and the caller's own (for the access rule)
    expect(on('PersonProjectionEntity')).toBe(1); // whether the caller may see each person (issue 13)
    // And once per request, the caller's own registration, against their token's claims.
    expect(reads.filter((q) => q.includes('FROM governance.known_person WHERE person_id = $1'))).toHaveLength(1);
    expect(reads).toHaveLength(7);
  });
});

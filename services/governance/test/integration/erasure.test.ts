import { Kafka, logLevel } from 'kafkajs';
import { buildEnvelope, PeopleEvents, RunningService, topicOf } from '@voicegraph/platform';
import { dumpSchema, gql, ok, requestErasure, startStack, tablesOf, tokenFor, waitFor } from '@voicegraph/testkit';
import { governanceService } from '../../src/service';
import {
  ADD_AGENDA_ITEM,
  APPOINT,
  buildGovernanceWorld,
  createForum,
  dayIn,
  GovernanceWorld,
  inDays,
  RECORD_ATTENDANCE,
  registerYoungPerson,
  SCHEDULE,
  waitForKnownPerson,
  waitForPersonGone,
} from './fixture';

/** Every row of every governance table, as text, once the tables erasure must reach exist. */
async function dumpGovernance(governance: RunningService): Promise<string> {
  const tables = await tablesOf(governance.dataSource, 'governance');
  expect(tables).toEqual(
    expect.arrayContaining([
      'seat',
      'attendance',
      'agenda_item',
      'known_person',
      'audit_log',
      'outbox',
      'inbox',
      'dead_letter',
    ]),
  );
  return dumpSchema(governance);
}

describe('PersonErased: governance anonymises seats, attendance and presentations', () => {
  let stack: Awaited<ReturnType<typeof startStack>>;
  let governance: RunningService;
  let url: string;
  let world: GovernanceWorld;

  beforeAll(async () => {
    stack = await startStack(['people', governanceService]);
    governance = stack.services[1];
    url = governance.url;
    world = await buildGovernanceWorld(stack.services[0].url, governance);
  });
  afterAll(async () => {
    await stack.stop();
  });

  it('after the events settle no governance table holds the id, and the counts of young people survive', async () => {
    const rioId = await registerYoungPerson(stack.services[0].url, world.tokens.leadA, world.orgA, {
      displayName: 'Rio',
    });
    await waitForKnownPerson(governance, rioId);
    const rioToken = await tokenFor({
      sub: rioId,
      roles: ['YOUNG_PERSON'],
      partnership: world.partnershipId,
      orgs: [world.orgA],
    });
    const forumId = await createForum(url, world.tokens.leadA, {
      name: 'Children in Care Council',
      organisationId: world.orgA,
    });
    const seatId = ok(
      await gql(
        url,
        APPOINT,
        { i: { forumId, personId: rioId, role: 'YOUTH_REPRESENTATIVE', startsOn: dayIn(-60) } },
        world.tokens.leadA,
      ),
    ).appointToSeat.id;
    const held = ok(
      await gql(
        url,
        SCHEDULE,
        { i: { forumId, title: 'Last month', startsAt: inDays(-20), status: 'HELD' } },
        world.tokens.leadA,
      ),
    ).scheduleMeeting.id;
    ok(
      await gql(
        url,
        RECORD_ATTENDANCE,
        { i: { meetingId: held, personIds: [rioId, world.staffId] } },
        world.tokens.leadA,
      ),
    );
    const next = ok(
      await gql(url, SCHEDULE, { i: { forumId, title: 'Next month', startsAt: inDays(20) } }, world.tokens.leadA),
    ).scheduleMeeting.id;
    // Rio adds and presents an item themself, so they are in the audit log as an actor too.
    ok(
      await gql(
        url,
        ADD_AGENDA_ITEM,
        { i: { meetingId: next, title: 'Our report on placements', presenterId: rioId } },
        rioToken,
      ),
    );
    expect(await dumpGovernance(governance)).toContain(rioId);

    await requestErasure(stack.services[0].url, world.tokens.leadA, rioId);
    await waitForPersonGone(governance, rioId);
    await waitFor(
      'the governance outbox to drain',
      async () => (await governance.dataSource.query('SELECT count(*)::int AS n FROM governance.outbox'))[0].n === 0,
    );

    expect(await dumpGovernance(governance)).not.toContain(rioId);
    const forum = ok(
      await gql(
        url,
        `query($id: ID!) { forum(id: $id) {
      seats { id role heldByYoungPerson person { id } }
      meetings { edges { node { title attendance { youngPerson person { id } } agenda { presentedByYoungPerson presenter { id } } } } } } }`,
        { id: forumId },
        world.tokens.leadA,
      ),
    ).forum;
    expect(forum.seats).toEqual([{ id: seatId, role: 'YOUTH_REPRESENTATIVE', heldByYoungPerson: true, person: null }]);
    const [last, upcoming] = forum.meetings.edges.map((e: any) => e.node);
    expect(last.attendance).toEqual(
      expect.arrayContaining([
        { youngPerson: true, person: null },
        { youngPerson: false, person: { id: world.staffId } },
      ]),
    );
    expect(upcoming.agenda).toEqual([{ presentedByYoungPerson: true, presenter: null }]);
    // They can no longer be appointed: governance forgot them.
    const again = await gql(
      url,
      APPOINT,
      { i: { forumId, personId: rioId, role: 'MEMBER', startsOn: dayIn(100) } },
      world.tokens.leadA,
    );
    expect(again.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('a second PersonErased for the same person (a replay) changes nothing and parks nothing', async () => {
    const samId = await registerYoungPerson(stack.services[0].url, world.tokens.leadA, world.orgA, {
      displayName: 'Sam',
    });
    await waitForKnownPerson(governance, samId);
    const forumId = await createForum(url, world.tokens.leadA, {
      name: 'Youth council',
      kind: 'YOUTH_COUNCIL',
      organisationId: world.orgA,
    });
    ok(
      await gql(
        url,
        APPOINT,
        { i: { forumId, personId: samId, role: 'MEMBER', startsOn: dayIn(0) } },
        world.tokens.leadA,
      ),
    );
    await requestErasure(stack.services[0].url, world.tokens.leadA, samId);
    await waitForPersonGone(governance, samId);
    const seatsBefore = await governance.dataSource.query(
      'SELECT id, person_id, role, held_by_young_person FROM governance.seat WHERE forum_id = $1',
      [forumId],
    );

    const replay = buildEnvelope(PeopleEvents.PersonErased, samId, {
      personId: samId,
      partnershipId: world.partnershipId,
    });
    const producer = new Kafka({
      clientId: 'governance-test-replay',
      brokers: (process.env.KAFKA_BROKERS ?? '127.0.0.1:19092').split(','),
      logLevel: logLevel.NOTHING,
    }).producer();
    await producer.connect();
    await producer.send({
      topic: topicOf(PeopleEvents.PersonErased),
      messages: [{ key: samId, value: JSON.stringify(replay) }],
    });
    await producer.disconnect();
    await waitFor(
      'the replay to be handled',
      async () =>
        (await governance.dataSource.query('SELECT 1 FROM governance.inbox WHERE event_id = $1', [replay.id])).length >
        0,
    );

    expect(
      await governance.dataSource.query(
        'SELECT id, person_id, role, held_by_young_person FROM governance.seat WHERE forum_id = $1',
        [forumId],
      ),
    ).toEqual(seatsBefore);
    expect(seatsBefore).toEqual([
      expect.objectContaining({ person_id: null, role: 'MEMBER', held_by_young_person: true }),
    ]);
    expect(
      await governance.dataSource.query('SELECT 1 FROM governance.dead_letter WHERE event_id = $1', [replay.id]),
    ).toEqual([]);
  });
});

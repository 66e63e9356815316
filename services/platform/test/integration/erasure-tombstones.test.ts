import { randomUUID } from 'node:crypto';
import { Producer } from 'kafkajs';
import {
  buildEnvelope,
  CloudEvent,
  ConsultationEvents,
  createKafka,
  createLogger,
  DEV_ERASURE_KEY,
  ensureTopics,
  erasedAmong,
  EventConsumer,
  EventDefinition,
  eventType,
  EventHandler,
  GovernanceEvents,
  PeopleEvents,
  topicOf,
} from '@voicegraph/platform';
import { scratchSchema, waitFor } from '@voicegraph/testkit';

const logger = createLogger('test', process.env.TEST_LOG_LEVEL ?? 'silent');
const kafka = createKafka('erasure-tombstone-test', (process.env.KAFKA_BROKERS ?? '').split(','), logger);
const partnershipId = randomUUID();
const LATE = [
  ConsultationEvents.ParticipationRecorded,
  ConsultationEvents.ContributionSubmitted,
  GovernanceEvents.SeatAssigned,
] as EventDefinition<unknown>[];
const CONSUMED = [PeopleEvents.PersonRegistered, PeopleEvents.PersonErased, ...LATE];
type Store = Awaited<ReturnType<typeof scratchSchema>>;

function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}

/** A valid event of `def` about `personId` in this test's partnership. */
function eventAbout(def: EventDefinition<unknown>, personId: string): CloudEvent {
  const id = randomUUID();
  const now = new Date().toISOString();
  const data: Record<string, Record<string, unknown>> = {
    PersonRegistered: {
      personId,
      partnershipId,
      kind: 'YOUNG_PERSON',
      organisationIds: [],
      ageBand: 'AGE_11_TO_15',
      cohorts: [],
    },
    PersonErased: { personId, partnershipId },
    ParticipationRecorded: {
      participationId: id,
      consultationId: id,
      partnershipId,
      personId,
      role: 'PARTICIPANT',
      attendedAt: now,
    },
    ContributionSubmitted: {
      contributionId: id,
      consultationId: id,
      partnershipId,
      personId,
      questionId: null,
      anonymous: false,
      submittedAt: now,
    },
    SeatAssigned: {
      seatId: id,
      forumId: id,
      partnershipId,
      personId,
      role: 'MEMBER',
      heldByYoungPerson: true,
      startsOn: now.slice(0, 10),
      endsOn: null,
    },
  };
  const subject = def.aggregate === 'person' ? personId : id;
  return buildEnvelope(def, subject, data[def.name]);
}

/** What a service's projection would do: remember the person; PersonErased forgets them. */
function handlersFor(schema: string): Record<string, EventHandler> {
  const remember: EventHandler = async (event, tx) => {
    const data = event.data as { personId: string; partnershipId: string };
    if (data.partnershipId !== partnershipId) return;
    await tx.query(`INSERT INTO ${schema}.person_seen (person_id, event_type) VALUES ($1, $2)`, [
      data.personId,
      event.type,
    ]);
  };
  const forget: EventHandler = async (event, tx) => {
    await tx.query(`DELETE FROM ${schema}.person_seen WHERE person_id = $1`, [
      (event.data as { personId: string }).personId,
    ]);
  };
  return Object.fromEntries(
    CONSUMED.map((def) => [eventType(def), def === PeopleEvents.PersonErased ? forget : remember]),
  );
}

function consumerOn(store: Store, groupId: string): EventConsumer {
  return new EventConsumer({
    kafka,
    groupId,
    dataSource: store.dataSource,
    schema: store.schema,
    topics: [...new Set(CONSUMED.map(topicOf))],
    handlers: handlersFor(store.schema),
    logger,
    erasureKey: DEV_ERASURE_KEY,
  });
}

async function newStore(): Promise<Store> {
  const store = await scratchSchema();
  await store.dataSource.query(
    `CREATE TABLE ${store.schema}.person_seen (person_id uuid NOT NULL, event_type text NOT NULL)`,
  );
  return store;
}

async function handled(store: Store, ids: string[]): Promise<number> {
  const [{ n }] = await store.dataSource.query(
    `SELECT count(*)::int AS n FROM ${store.schema}.inbox WHERE event_id = ANY($1)`,
    [ids],
  );
  return n;
}

async function seen(store: Store): Promise<Record<string, string[]>> {
  const rows: { person_id: string; event_type: string }[] = await store.dataSource.query(
    `SELECT person_id, event_type FROM ${store.schema}.person_seen ORDER BY event_type`,
  );
  const byPerson: Record<string, string[]> = {};
  for (const row of rows) (byPerson[row.person_id] ??= []).push(row.event_type.split('.')[2]);
  for (const types of Object.values(byPerson)) types.sort();
  return byPerson;
}

describe('erasure tombstones: no order of events and no replay brings an erased person back', () => {
  let producer: Producer;
  let live: Store;
  let consumer: EventConsumer;
  const group = `erasure-tombstones-${randomUUID()}`;
  const published: string[] = [];
  const control = randomUUID();
  const erasedLate = permutations(LATE).map((order) => ({ personId: randomUUID(), order }));
  const erasedAfterTheirEvents = randomUUID();
  const everyLateType = LATE.map((def) => def.name).sort();

  /** Publishes one event and waits until the live consumer has handled it, so delivery order is exactly ours. */
  async function deliver(def: EventDefinition<unknown>, personId: string): Promise<void> {
    const event = eventAbout(def, personId);
    await producer.send({
      topic: topicOf(def),
      acks: -1,
      messages: [{ key: event.subject, value: JSON.stringify(event) }],
    });
    published.push(event.id);
    await waitFor(`${def.name} to be handled`, async () => (await handled(live, [event.id])) === 1, 30_000, 50);
  }

  beforeAll(async () => {
    await ensureTopics(kafka, CONSUMED.map(topicOf));
    producer = kafka.producer({ idempotent: true });
    await producer.connect();
    live = await newStore();
    consumer = consumerOn(live, group);
    await consumer.start();
  });
  afterAll(async () => {
    await consumer.stop();
    await producer.disconnect();
    await live.drop();
  });

  it('ParticipationRecorded, ContributionSubmitted and SeatAssigned after PersonErased, in every order, leave nothing', async () => {
    await deliver(PeopleEvents.PersonRegistered, control);
    for (const def of LATE) await deliver(def, control);
    await deliver(PeopleEvents.PersonRegistered, erasedAfterTheirEvents);
    for (const def of LATE) await deliver(def, erasedAfterTheirEvents);
    expect((await seen(live))[erasedAfterTheirEvents]).toHaveLength(4);
    await deliver(PeopleEvents.PersonErased, erasedAfterTheirEvents);
    for (const { personId, order } of erasedLate) {
      await deliver(PeopleEvents.PersonRegistered, personId);
      await deliver(PeopleEvents.PersonErased, personId);
      for (const def of order) await deliver(def, personId);
    }

    expect(await seen(live)).toEqual({ [control]: [...everyLateType, 'PersonRegistered'].sort() });
    const ours = [control, erasedAfterTheirEvents, ...erasedLate.map((e) => e.personId)];
    const erased = await live.dataSource.transaction((tx) => erasedAmong(tx, DEV_ERASURE_KEY, ours));
    expect(erased.sort()).toEqual(ours.slice(1).sort());
    const tombstones = JSON.stringify(await live.dataSource.query(`SELECT * FROM ${live.schema}.erased_person`));
    for (const { personId } of erasedLate) expect(tombstones).not.toContain(personId);
  });

  it('a consumer group reset to the earliest offset rebuilds every projection except erased people', async () => {
    expect(published.length).toBeGreaterThan(20);
    await consumer.stop();
    await live.dataSource.query(`TRUNCATE ${live.schema}.person_seen, ${live.schema}.inbox`);
    const admin = kafka.admin();
    await admin.connect();
    for (const topic of new Set(CONSUMED.map(topicOf)))
      await admin.resetOffsets({ groupId: group, topic, earliest: true });
    await admin.disconnect();
    consumer = consumerOn(live, group);
    await consumer.start();
    await waitFor(
      'the replay to reach our events',
      async () => (await handled(live, published)) === published.length,
      90_000,
      200,
    );
    expect(await seen(live)).toEqual({ [control]: [...everyLateType, 'PersonRegistered'].sort() });
  });

  it('a fresh consumer group in a new service (no tombstones yet) rebuilds everyone but the erased', async () => {
    const fresh = await newStore();
    const newcomer = consumerOn(fresh, `erasure-newcomer-${randomUUID()}`);
    try {
      await newcomer.start();
      await waitFor(
        'the new service to read our events',
        async () => (await handled(fresh, published)) === published.length,
        90_000,
        200,
      );
      expect(await seen(fresh)).toEqual({ [control]: [...everyLateType, 'PersonRegistered'].sort() });
    } finally {
      await newcomer.stop();
      await fresh.drop();
    }
  });
});

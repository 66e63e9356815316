import { randomUUID } from 'node:crypto';
import {
  createKafka,
  DEV_ERASURE_KEY,
  createLogger,
  ensureTopics,
  enqueueEvent,
  eventSchemas,
  EventConsumer,
  OutboxError,
  PeopleEvents,
  PersonProfileChanged,
  relayOnce,
} from '@voicegraph/platform';
import { EventCollector, relayOver, scratchSchema, waitFor } from '@voicegraph/testkit';
import { DataSource } from 'typeorm';
import { setTimeout as sleep } from 'node:timers/promises';

const logger = createLogger('test', process.env.TEST_LOG_LEVEL ?? 'silent');
const brokers = (process.env.KAFKA_BROKERS ?? '').split(',');
const kafka = createKafka('outbox-test', brokers, logger);

function profileChange(personId: string, seq: number): PersonProfileChanged {
  return {
    personId,
    partnershipId: personId,
    kind: 'YOUNG_PERSON',
    organisationIds: [],
    ageBand: 'UNKNOWN',
    cohorts: [],
    changedFields: [`seq:${seq}`],
  };
}

async function outboxCount(ds: DataSource, schema: string): Promise<number> {
  return Number((await ds.query(`SELECT count(*) AS n FROM ${schema}.outbox`))[0].n);
}

describe('transactional outbox on the real database', () => {
  let store: Awaited<ReturnType<typeof scratchSchema>>;
  beforeAll(async () => {
    store = await scratchSchema();
    await ensureTopics(kafka, ['people.person.v1']);
  });
  afterAll(async () => {
    await store.drop();
  });

  it('refuses to enqueue outside a transaction', async () => {
    const error = await enqueueEvent(store.dataSource.manager, PeopleEvents.PersonErased, randomUUID(), {
      personId: randomUUID(),
      partnershipId: randomUUID(),
    }).catch((e) => e);
    expect(error).toBeInstanceOf(OutboxError);
    expect((error as OutboxError).code).toBe('NOT_IN_TRANSACTION');
    expect(await outboxCount(store.dataSource, store.schema)).toBe(0);
  });

  it('refuses an event whose data does not match its schema, inside the transaction', async () => {
    const error = await store.dataSource
      .transaction((tx) =>
        enqueueEvent(tx, PeopleEvents.PersonErased, randomUUID(), {
          personId: 'not-a-uuid',
          partnershipId: randomUUID(),
        }),
      )
      .catch((e) => e);
    expect((error as OutboxError).code).toBe('INVALID_EVENT');
  });

  it('a change that fails after its insert leaves neither the row nor the outbox entry', async () => {
    const subject = randomUUID();
    await expect(
      store.dataSource.transaction(async (tx) => {
        await tx.query(`INSERT INTO ${store.schema}.applied (event_id, subject) VALUES ($1, $2)`, [
          randomUUID(),
          subject,
        ]);
        await enqueueEvent(tx, PeopleEvents.PersonErased, subject, { personId: subject, partnershipId: randomUUID() });
        throw new Error('failure after the insert');
      }),
    ).rejects.toThrow('failure after the insert');
    expect(
      await store.dataSource.query(`SELECT * FROM ${store.schema}.applied WHERE subject = $1`, [subject]),
    ).toHaveLength(0);
    expect(await outboxCount(store.dataSource, store.schema)).toBe(0);
  });

  it('a relay that dies after Kafka acknowledged re-sends; the inbox applies each event once', async () => {
    const subjects: string[] = Array.from({ length: 20 }, () => randomUUID());
    await store.dataSource.transaction(async (tx) => {
      for (const subject of subjects)
        await enqueueEvent(tx, PeopleEvents.PersonErased, subject, { personId: subject, partnershipId: randomUUID() });
    });
    const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    const crash = relayOnce({
      dataSource: store.dataSource,
      schema: store.schema,
      producer,
      batchSize: 100,
      afterPublish: async () => {
        throw new Error('relay killed before marking sent');
      },
    });
    await expect(crash).rejects.toThrow('relay killed');
    expect(await outboxCount(store.dataSource, store.schema)).toBe(20); // nothing marked: all will go again
    expect(await relayOnce({ dataSource: store.dataSource, schema: store.schema, producer, batchSize: 100 })).toBe(20);
    expect(await outboxCount(store.dataSource, store.schema)).toBe(0);
    await producer.disconnect();

    const onTopic = new EventCollector(['people.person.v1']);
    await onTopic.start();
    const copies = await onTopic.waitFor((r) => subjects.includes(r.event.subject), 40);
    expect(copies).toHaveLength(40); // every event is on the topic twice
    await onTopic.stop();

    const consumer = new EventConsumer({
      kafka,
      groupId: `inbox-test-${randomUUID()}`,
      dataSource: store.dataSource,
      schema: store.schema,
      topics: ['people.person.v1'],
      logger,
      erasureKey: DEV_ERASURE_KEY,
      handlers: {
        'voicegraph.people.PersonErased.v1': async (event, tx) => {
          await tx.query(`INSERT INTO ${store.schema}.applied (event_id, subject) VALUES ($1, $2)`, [
            event.id,
            event.subject,
          ]);
        },
      },
    });
    await consumer.start();
    try {
      await waitFor('both copies of every event to be handled', async () => {
        const rows = await store.dataSource.query(
          `SELECT count(*) AS n FROM ${store.schema}.inbox WHERE event_id = ANY($1)`,
          [copies.map((c) => c.event.id)],
        );
        return Number(rows[0].n) === 20;
      });
      // Give the second copies time to be consumed too, then check nothing applied twice.
      await sleep(1500);
      const applied = await store.dataSource.query(
        `SELECT subject, count(*)::int AS n FROM ${store.schema}.applied WHERE subject = ANY($1) GROUP BY subject`,
        [subjects],
      );
      expect(applied).toHaveLength(20);
      expect(applied.every((row: { n: number }) => row.n === 1)).toBe(true);
    } finally {
      await consumer.stop();
    }
  });

  it('two relays on 2,000 events over 50 aggregates keep each aggregate in order', async () => {
    const aggregates: string[] = Array.from({ length: 50 }, () => randomUUID());
    for (let batch = 0; batch < 40; batch += 1) {
      await store.dataSource.transaction(async (tx) => {
        for (const aggregate of aggregates)
          await enqueueEvent(tx, PeopleEvents.PersonProfileChanged, aggregate, profileChange(aggregate, batch));
      });
    }
    const relays = [0, 1].map(() => relayOver(store, kafka, logger, { batchSize: 37, pollMs: 200 }));
    const collector = new EventCollector(['people.person.v1']);
    await collector.start();
    await Promise.all(relays.map((relay) => relay.start()));
    try {
      const received = await collector.waitFor((r) => aggregates.includes(r.event.subject), 2000, 60_000);
      expect(relays[0].published + relays[1].published).toBe(2000);
      expect(relays[0].published).toBeGreaterThan(0);
      expect(relays[1].published).toBeGreaterThan(0);
      for (const aggregate of aggregates) {
        const sequence = received
          .filter((r) => r.event.subject === aggregate)
          .map((r) => Number((r.event.data as PersonProfileChanged).changedFields[0].slice(4)));
        expect(sequence).toEqual(Array.from({ length: 40 }, (_, i) => i));
      }
      for (const r of received.slice(0, 50)) {
        expect(r.key).toBe(r.event.subject);
        expect(eventSchemas().validate(r.event)).toEqual({ valid: true, errors: [] });
      }
    } finally {
      await Promise.all(relays.map((relay) => relay.stop()));
      await collector.stop();
    }
  });
});

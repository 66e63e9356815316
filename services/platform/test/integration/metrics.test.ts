import { randomUUID } from 'node:crypto';
import {
  createKafka,
  DEV_ERASURE_KEY,
  createLogger,
  ensureTopics,
  enqueueEvent,
  EventConsumer,
  metricsRegistry,
  PeopleEvents,
  watchOutbox,
} from '@voicegraph/platform';
import { relayOver, scratchSchema, waitFor } from '@voicegraph/testkit';
import { Client } from 'pg';
import { setTimeout as sleep } from 'node:timers/promises';

const logger = createLogger('test', process.env.TEST_LOG_LEVEL ?? 'silent');
const kafka = createKafka('metrics-test', (process.env.KAFKA_BROKERS ?? '').split(','), logger);

/** The value of one series in this process's /metrics text, or undefined when it is absent. */
async function series(name: string, labels: Record<string, string>): Promise<number | undefined> {
  const text = await metricsRegistry.metrics();
  const wanted = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  for (const line of text.split('\n')) {
    const match = /^([a-z_]+)\{([^}]*)\} (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const present = match[2].split(',');
    if (wanted.every((w) => present.includes(w))) return Number(match[3]);
  }
  return undefined;
}

describe('metrics of the outbox and the consumer, on the real database and broker', () => {
  let store: Awaited<ReturnType<typeof scratchSchema>>;
  let unwatch: () => void;
  beforeAll(async () => {
    store = await scratchSchema();
    unwatch = watchOutbox(store.dataSource, store.schema);
  });
  afterAll(async () => {
    unwatch();
    await store.drop();
  });

  it('reports the outbox backlog and its age at scrape time, then zero once the relay published it', async () => {
    const service = store.schema;
    await store.dataSource.transaction(async (tx) => {
      for (let i = 0; i < 3; i += 1) {
        const subject = randomUUID();
        await enqueueEvent(tx, PeopleEvents.PersonErased, subject, { personId: subject, partnershipId: subject });
      }
    });
    expect(await series('voicegraph_outbox_backlog', { service })).toBe(3);
    expect(await series('voicegraph_outbox_oldest_age_seconds', { service })).toBeGreaterThan(0);

    await ensureTopics(kafka, ['people.person.v1']);
    const relay = relayOver(store, kafka, logger);
    await relay.start();
    try {
      await waitFor('the relay to publish the backlog', async () => relay.published === 3);
      expect(await series('voicegraph_outbox_backlog', { service })).toBe(0);
      expect(await series('voicegraph_outbox_oldest_age_seconds', { service })).toBe(0);
      expect(await series('voicegraph_outbox_published_total', { service })).toBe(3);
      expect(await series('voicegraph_outbox_listening', { service })).toBe(1);
    } finally {
      await relay.stop();
    }
  });

  it('does not count its own scrape as SQL statements of the service', async () => {
    const service = store.schema;
    await store.dataSource.query('SELECT 1');
    const before = await series('voicegraph_sql_statements_total', { service });
    expect(before).toBeGreaterThan(0);
    expect(await series('voicegraph_sql_statements_total', { service })).toBe(before);
  });

  it('counts a park in dead_letter once it committed, and reports the consumer lag per partition', async () => {
    const service = store.schema;
    const topic = `metrics-test-${randomUUID().slice(0, 8)}`;
    await ensureTopics(kafka, [topic]);
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({ topic, messages: [{ key: 'k', value: 'not json at all' }] });
    await producer.disconnect();
    expect(await series('voicegraph_dead_letter_rows', { service })).toBe(0);

    const consumer = new EventConsumer({
      kafka,
      groupId: `metrics-test-${randomUUID()}`,
      dataSource: store.dataSource,
      schema: store.schema,
      topics: [topic],
      logger,
      handlers: {},
      erasureKey: DEV_ERASURE_KEY,
    });
    await consumer.start();
    try {
      await waitFor(
        'the bad message to be parked',
        async () => (await series('voicegraph_dead_letter_rows', { service })) === 1,
      );
      expect(await series('voicegraph_dead_letters_total', { service, topic })).toBe(1);
      expect(await series('voicegraph_consumer_events_total', { service, type: 'unknown', outcome: 'parked' })).toBe(1);
      await waitFor(
        'the lag after the batch',
        async () => (await series('voicegraph_consumer_lag', { service, topic })) === 0,
      );
    } finally {
      await consumer.stop();
    }
  });

  it('keeps the relay woken by LISTEN however often its connection is cut', async () => {
    // No poll to fall back on within the test: only LISTEN can wake it.
    const relay = relayOver(store, kafka, logger, { pollMs: 600_000 });
    await relay.start();
    const admin = new Client({ connectionString: adminUrlOfTestDatabase() });
    await admin.connect();
    try {
      expect(relay.listening).toBe(true);
      const cutListen = async () => {
        const killed = await admin.query(
          `SELECT pg_terminate_backend(pid) AS done FROM pg_stat_activity WHERE query = $1 AND datname = current_database()`,
          [`LISTEN "${store.schema}_outbox"`],
        );
        expect(killed.rows).toEqual([{ done: true }]);
        await waitFor('the relay to notice', async () => !relay.listening);
      };
      // First the database refuses new connections for a while (as during a restart): several
      // reconnection attempts fail before one succeeds.
      const database = process.env.VOICEGRAPH_TEST_DATABASE!;
      const server = new Client({ connectionString: process.env.DATABASE_ADMIN_URL }); // not on the test database
      await server.connect();
      await server.query(`ALTER DATABASE "${database}" ALLOW_CONNECTIONS false`);
      try {
        await cutListen();
        await sleep(4000); // attempts after 0.5 s, 1 s and 2 s all fail
        expect(relay.listening).toBe(false);
      } finally {
        await server.query(`ALTER DATABASE "${database}" ALLOW_CONNECTIONS true`);
        await server.end();
      }
      await waitFor(
        'the relay to listen again once the database accepts connections',
        async () => relay.listening,
        30_000,
      );
      for (let cut = 1; cut <= 2; cut += 1) {
        await cutListen();
        await waitFor(`the relay to listen again after cut ${cut}`, async () => relay.listening, 30_000);
      }
      const published = relay.published;
      await store.dataSource.transaction((tx) => {
        const subject = randomUUID();
        return enqueueEvent(tx, PeopleEvents.PersonErased, subject, { personId: subject, partnershipId: subject });
      });
      await waitFor('the NOTIFY to wake the relay', async () => relay.published === published + 1);
    } finally {
      await admin.end();
      await relay.stop();
    }
  });
});

function adminUrlOfTestDatabase(): string {
  const url = new URL(process.env.DATABASE_ADMIN_URL!);
  url.pathname = `/${process.env.VOICEGRAPH_TEST_DATABASE}`;
  return url.toString();
}

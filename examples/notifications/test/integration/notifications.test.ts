import { randomUUID } from 'node:crypto';
import { EventTypes, EventValidator, FeedbackSentV1, topicOf, VoiceGraphEvent } from '@voicegraph/events';
import { waitFor } from '@voicegraph/testkit';
import { Kafka, logLevel, Producer } from 'kafkajs';
import { Pool } from 'pg';
import { Notifier, NOTIFIER_TOPICS } from '../../src/notifier';
import { NotificationStore } from '../../src/store';

/**
 * The notifications example on the real broker and a Postgres schema of its own: each young
 * person is told once per feedback message, whatever Kafka redelivers, whoever restarts, and an
 * erased person is never told again, even when the log is read from the start.
 */
describe('the notifications example (an outside service on @voicegraph/events and kafkajs)', () => {
  const kafka = new Kafka({
    clientId: 'notifications-example-test',
    brokers: (process.env.KAFKA_BROKERS ?? '127.0.0.1:19092').split(','),
    logLevel: logLevel.NOTHING,
  });
  const strict = new EventValidator({ mode: 'strict' });
  const schema = `notifications_${randomUUID().slice(0, 8)}`;
  let pool: Pool;
  let store: NotificationStore;
  let producer: Producer;
  const running: Notifier[] = [];
  const told: string[] = []; // "<feedbackId> <personId>" for every person the notifier told
  const [ana, ben] = [randomUUID(), randomUUID()];
  const group = `notifications-${schema}`;
  const consultationId = randomUUID();
  const partnershipId = randomUUID();

  const feedbackSent = (recipientIds: string[], extra: Record<string, unknown> = {}) => {
    const feedbackId = randomUUID();
    const data: FeedbackSentV1 = {
      feedbackId,
      obligationId: null,
      consultationId,
      partnershipId,
      channel: 'IN_PERSON',
      outcomeIds: [],
      recipientCount: recipientIds.length,
      recipientIds,
      sentAt: new Date().toISOString(),
      onTime: true,
    };
    const event: VoiceGraphEvent<typeof EventTypes.FeedbackSentV1> = {
      specversion: '1.0',
      id: randomUUID(),
      source: 'voicegraph/feedback',
      type: EventTypes.FeedbackSentV1,
      subject: feedbackId,
      time: new Date().toISOString(),
      datacontenttype: 'application/json',
      dataschema: 'https://schemas.voicegraph.example/events/feedback/FeedbackSent.v1.schema.json',
      data,
      ...extra,
    };
    return event;
  };
  const publish = async (event: VoiceGraphEvent) => {
    await producer.send({
      topic: topicOf(event.type),
      messages: [{ key: event.subject, value: JSON.stringify(event) }],
    });
  };
  const start = async (groupId: string) => {
    const notifier = new Notifier({
      kafka,
      store,
      groupId,
      onNotified: (feedbackId, people) => told.push(...people.map((p) => `${feedbackId} ${p}`)),
    });
    await notifier.start();
    running.push(notifier);
    return notifier;
  };
  const notified = async (personId: string) => (await store.notificationsOf(personId)).map((n) => n.feedbackId);
  /** Waits until `groupId` has committed (so applied) every message on its topics published so far. */
  const drained = async (groupId: string) => {
    const admin = kafka.admin();
    await admin.connect();
    try {
      await waitFor(`${groupId} to catch up with every topic`, async () => {
        for (const topic of NOTIFIER_TOPICS) {
          const ends = await admin.fetchTopicOffsets(topic);
          const [committed] = await admin.fetchOffsets({ groupId, topics: [topic] });
          const behind = ends.filter((end) => {
            const at = committed.partitions.find((p) => p.partition === end.partition)?.offset ?? '-1';
            return Number(end.high) > 0 && Number(at) < Number(end.high);
          });
          if (behind.length) return false;
        }
        return true;
      });
    } finally {
      await admin.disconnect();
    }
  };

  beforeAll(async () => {
    const url = new URL(process.env.DATABASE_ADMIN_URL!);
    url.pathname = `/${process.env.VOICEGRAPH_TEST_DATABASE}`;
    pool = new Pool({ connectionString: url.toString(), max: 4 });
    store = new NotificationStore(pool, schema, 'test-erasure-key');
    await store.migrate();
    const admin = kafka.admin();
    await admin.connect();
    const existing = new Set(await admin.listTopics());
    const missing = NOTIFIER_TOPICS.filter((t) => !existing.has(t));
    if (missing.length)
      await admin.createTopics({ waitForLeaders: true, topics: missing.map((topic) => ({ topic, numPartitions: 3 })) });
    await admin.disconnect();
    producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
  });
  afterAll(async () => {
    for (const notifier of running) await notifier.stop();
    await producer?.disconnect();
    await pool?.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await pool?.end();
  });

  it('tells each recipient once, tolerating a field and a traceparent it does not know', async () => {
    await start(group);
    const event = feedbackSent([ana, ben], {
      traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
    });
    (event.data as unknown as Record<string, unknown>).deliveredBy = 'a field from a newer producer';
    expect(strict.check(event).valid).toBe(false); // the precondition: it is not what v1 said exactly
    await publish(event);
    await waitFor(
      'ana and ben to be told',
      async () => (await notified(ana)).length + (await notified(ben)).length === 2,
    );
    expect(await notified(ana)).toEqual([event.data.feedbackId]);
    expect(await notified(ben)).toEqual([event.data.feedbackId]);
  });

  it('tells nobody twice when Kafka redelivers, or the outbox republishes under a new event id', async () => {
    const event = feedbackSent([ana]);
    expect(strict.check(event)).toEqual({ valid: true, errors: [] });
    await publish(event);
    await publish(event); // redelivered: the same event id
    await publish({ ...event, id: randomUUID() }); // the same feedback under another id
    await drained(group);
    expect((await notified(ana)).filter((id) => id === event.data.feedbackId)).toEqual([event.data.feedbackId]);
    expect(told.filter((t) => t === `${event.data.feedbackId} ${ana}`)).toHaveLength(1);
  });

  it('after a restart, and a new instance reading the whole log again, nobody is told twice', async () => {
    const before = [...told];
    for (const notifier of running.splice(0)) await notifier.stop();
    const whileDown = feedbackSent([ben]);
    await publish(whileDown);
    await start(group); // the same group: resumes where it stopped
    await waitFor('ben to hear of feedback sent while the notifier was down', async () =>
      (await notified(ben)).includes(whileDown.data.feedbackId),
    );
    await start(`${group}-replay`); // a new group reads every message from the beginning
    await drained(`${group}-replay`);
    for (const person of [ana, ben]) {
      const feedbackIds = await notified(person);
      expect(new Set(feedbackIds).size).toBe(feedbackIds.length);
    }
    expect(told.slice(before.length)).toEqual([`${whileDown.data.feedbackId} ${ben}`]);
  });

  it('an erased young person is forgotten, and a replay of the log does not tell them again', async () => {
    expect((await notified(ana)).length).toBeGreaterThan(0);
    const erased: VoiceGraphEvent<typeof EventTypes.PersonErasedV1> = {
      specversion: '1.0',
      id: randomUUID(),
      source: 'voicegraph/people',
      type: EventTypes.PersonErasedV1,
      subject: ana,
      time: new Date().toISOString(),
      datacontenttype: 'application/json',
      data: { personId: ana, partnershipId },
    };
    await publish(erased);
    await waitFor('ana to be forgotten', async () => (await notified(ana)).length === 0);
    await start(`${group}-after-erasure`);
    await drained(`${group}-after-erasure`);
    expect(await notified(ana)).toEqual([]);
    const { rows } = await pool.query(`SELECT count(*)::int AS n FROM ${schema}.notification WHERE person_id = $1`, [
      ana,
    ]);
    expect(rows[0].n).toBe(0);
  });
});

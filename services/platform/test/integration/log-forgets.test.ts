import { randomUUID } from 'node:crypto';
import { ConfigResourceTypes, Kafka, logLevel } from 'kafkajs';
import {
  buildEnvelope,
  ConsultationEvents,
  DEFAULT_TOPIC_RETENTION,
  ensureTopics,
  EVENT_CATALOGUE,
  GovernanceEvents,
  RunningService,
  topicOf,
  TopicRetention,
} from '@voicegraph/platform';
import {
  buildPeopleWorld,
  EventCollector,
  ReceivedEvent,
  recordParticipationConsent,
  registerYoungPerson,
  requestErasure,
  startTestService,
  testServiceConfig,
  waitFor,
} from '@voicegraph/testkit';

const kafka = new Kafka({
  clientId: 'log-forgets-test',
  brokers: (process.env.KAFKA_BROKERS ?? '').split(','),
  logLevel: logLevel.NOTHING,
});
const TOPICS = [...new Set(EVENT_CATALOGUE.map(topicOf))];
// The design's retention, shortened for the test (the service sets it on its topics at start).
const SHORT: TopicRetention = { retentionMs: 4000, segmentMs: 1000 };

async function watermarks(): Promise<Map<string, { low: number; high: number }>> {
  const admin = kafka.admin();
  await admin.connect();
  const marks = new Map<string, { low: number; high: number }>();
  for (const topic of TOPICS)
    for (const p of await admin.fetchTopicOffsets(topic))
      marks.set(`${topic}/${p.partition}`, { low: Number(p.low), high: Number(p.high) });
  await admin.disconnect();
  return marks;
}

/** Every message now on every topic of the catalogue, keys and values as text. */
async function readEveryTopic(): Promise<string[]> {
  const ends = new Map([...(await watermarks())].filter(([, m]) => m.high > m.low).map(([at, m]) => [at, m.high - 1]));
  if (ends.size === 0) return [];
  const messages: string[] = [];
  const reached = new Map<string, number>();
  const consumer = kafka.consumer({ groupId: `log-forgets-reader-${randomUUID()}`, maxWaitTimeInMs: 100 });
  await consumer.connect();
  await consumer.subscribe({ topics: TOPICS, fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ topic, partition, message }) => {
      messages.push(`${message.key?.toString() ?? ''} ${message.value?.toString() ?? ''}`);
      reached.set(`${topic}/${partition}`, Number(message.offset));
    },
  });
  // Done when every partition is read to its end, or retention has since removed what was left.
  await waitFor(
    'every partition to be read',
    async () => {
      const now = await watermarks();
      return [...ends].every(([at, last]) => (reached.get(at) ?? -1) >= last || (now.get(at)?.low ?? 0) > last);
    },
    60_000,
    200,
  );
  await consumer.disconnect();
  return messages;
}

async function brokerRetentionCheckMs(): Promise<number> {
  const admin = kafka.admin();
  await admin.connect();
  const { brokers } = await admin.describeCluster();
  const described = await admin.describeConfigs({
    includeSynonyms: false,
    resources: [
      {
        type: ConfigResourceTypes.BROKER,
        name: String(brokers[0].nodeId),
        configNames: ['log.retention.check.interval.ms'],
      },
    ],
  });
  await admin.disconnect();
  return Number(described.resources[0].configEntries[0]?.configValue ?? 300_000);
}

describe('the log forgets an erased person (topic retention set by the services)', () => {
  let people: RunningService;
  let live: EventCollector;

  beforeAll(async () => {
    people = await startTestService('people', {
      config: testServiceConfig('people', { topicRetention: SHORT }),
    });
    // Consultations and governance set the same retention on their topics when they start.
    await ensureTopics(kafka, TOPICS, { retention: SHORT });
    live = await new EventCollector(TOPICS).start();
  });
  afterAll(async () => {
    await live.stop();
    await people.stop();
    await ensureTopics(kafka, TOPICS, { retention: DEFAULT_TOPIC_RETENTION });
  });

  it('after erasure, no topic holds the id or the cohorts of the person any more', async () => {
    const world = await buildPeopleWorld(people.url);
    const personId = await registerYoungPerson(people.url, world.tokens.leadA, world.orgA, {
      cohorts: ['CARE_LEAVER'],
    });
    await recordParticipationConsent(people.url, world.tokens.leadA, personId);
    // What consultations and governance publish about them, on their own topics.
    const producer = kafka.producer({ idempotent: true });
    await producer.connect();
    const now = new Date().toISOString();
    const id = randomUUID();
    const theirs = [
      buildEnvelope(ConsultationEvents.ParticipationRecorded, id, {
        participationId: id,
        consultationId: id,
        partnershipId: world.partnershipId,
        personId,
        role: 'PARTICIPANT',
        attendedAt: now,
      }),
      buildEnvelope(ConsultationEvents.ContributionSubmitted, id, {
        contributionId: id,
        consultationId: id,
        partnershipId: world.partnershipId,
        personId,
        questionId: null,
        anonymous: false,
        submittedAt: now,
      }),
      buildEnvelope(GovernanceEvents.SeatAssigned, id, {
        seatId: id,
        forumId: id,
        partnershipId: world.partnershipId,
        personId,
        role: 'MEMBER',
        heldByYoungPerson: true,
        startsOn: now.slice(0, 10),
        endsOn: null,
      }),
    ];
    const topicOfType = new Map(
      EVENT_CATALOGUE.map((def) => [`voicegraph.${def.service}.${def.name}.v1`, topicOf(def)]),
    );
    for (const event of theirs)
      await producer.send({
        topic: topicOfType.get(event.type)!,
        acks: -1,
        messages: [{ key: event.subject, value: JSON.stringify(event) }],
      });
    await producer.disconnect();

    const about = (r: ReceivedEvent) => JSON.stringify(r).includes(personId);
    const before = await live.waitFor(about, 5, 30_000);
    expect(before.map((r) => r.event.type.split('.')[2]).sort()).toEqual([
      'ConsentRecorded',
      'ContributionSubmitted',
      'ParticipationRecorded',
      'PersonRegistered',
      'SeatAssigned',
    ]);
    expect(before.some((r) => JSON.stringify(r.event.data).includes('CARE_LEAVER'))).toBe(true);

    await requestErasure(people.url, world.tokens.leadA, personId);
    await waitFor(
      'PersonErased to be published',
      async () => (await readEveryTopic()).some((m) => m.includes('PersonErased') && m.includes(personId)),
      30_000,
      500,
    );

    const window = SHORT.retentionMs + SHORT.segmentMs + 2 * (await brokerRetentionCheckMs());
    const after = await waitFor(
      `every topic to forget the person (retention ${SHORT.retentionMs} ms)`,
      async () => {
        const messages = await readEveryTopic();
        return messages.some((m) => m.includes(personId)) ? null : messages;
      },
      window + 60_000,
      1000,
    );
    expect(after.join('\n')).not.toContain(personId);
    expect(after.join('\n')).not.toContain('CARE_LEAVER');
  });
});

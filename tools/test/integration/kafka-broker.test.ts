import { Admin, Kafka, logLevel } from 'kafkajs';
import { localKafkaStatus, startLocalKafka, stopLocalKafka } from '../../src/infra/kafka-broker';
import { portAcceptsTcp } from '../../src/infra/net';
import { setTimeout as sleep } from 'node:timers/promises';

jest.setTimeout(300_000);

const suffix = `${Date.now()}-${process.pid}`;
const topic = `voicegraph.infra-test.${suffix}`;
const groupId = `voicegraph-infra-test-${suffix}`;
let wasRunning = false;
let port = 0;

function client(brokers: string[]): Kafka {
  return new Kafka({ clientId: 'voicegraph-infra-test', brokers, logLevel: logLevel.NOTHING });
}

async function withAdmin<T>(brokers: string[], fn: (admin: Admin) => Promise<T>): Promise<T> {
  const admin = client(brokers).admin();
  await admin.connect();
  try {
    return await fn(admin);
  } finally {
    await admin.disconnect();
  }
}

/** Consumes one message as `groupId` and commits its offset. */
async function consumeOne(brokers: string[]): Promise<string> {
  const consumer = client(brokers).consumer({ groupId });
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    return await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no message within 30s')), 30_000);
      void consumer.run({
        autoCommit: false,
        eachMessage: async ({ partition, message }) => {
          await consumer.commitOffsets([{ topic, partition, offset: (BigInt(message.offset) + 1n).toString() }]);
          clearTimeout(timer);
          resolve(message.value?.toString() ?? '');
        },
      });
    });
  } finally {
    await consumer.disconnect();
  }
}

beforeAll(async () => {
  const status = await localKafkaStatus();
  wasRunning = status.running;
  port = Number(status.brokers[0].split(':')[1]);
});

afterAll(async () => {
  // Leave the shared local broker as this file found it.
  if (wasRunning) await startLocalKafka();
  else await stopLocalKafka();
});

test('starts the local broker (or reuses it) and carries a message end to end', async () => {
  const kafka = await startLocalKafka();
  expect(kafka.brokers).toEqual([`127.0.0.1:${port}`]);
  await withAdmin(kafka.brokers, (admin) =>
    admin.createTopics({ topics: [{ topic, numPartitions: 1 }], waitForLeaders: true }),
  );
  const producer = client(kafka.brokers).producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  await producer.send({ topic, acks: -1, messages: [{ key: 'k', value: 'hello from infra test' }] });
  await producer.disconnect();
  expect(await consumeOne(kafka.brokers)).toBe('hello from infra test');
});

test('a second start reuses the running broker', async () => {
  const first = await startLocalKafka();
  const second = await startLocalKafka();
  expect(second.startedHere).toBe(false);
  expect(second.pid).toBe(first.pid);
});

test('stop closes the port; a restart keeps topics and committed offsets', async () => {
  await stopLocalKafka();
  expect(await portAcceptsTcp(port)).toBe(false);
  expect((await localKafkaStatus()).running).toBe(false);
  await stopLocalKafka(); // no-op when not running

  const again = await startLocalKafka();
  expect(again.startedHere).toBe(true);
  await withAdmin(again.brokers, async (admin) => {
    expect(await admin.listTopics()).toContain(topic);
    // Right after a restart the group coordinator may still be loading __consumer_offsets
    // (NOT_COORDINATOR, a retriable error): ask again until it answers.
    const offsets = await retryWhileLoading(() => admin.fetchOffsets({ groupId, topics: [topic] }));
    expect(offsets[0].partitions).toEqual([{ partition: 0, offset: '1', metadata: null }]);
    await admin.deleteTopics({ topics: [topic] });
  });
});

async function retryWhileLoading<T>(call: () => Promise<T>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await call();
    } catch (error) {
      if (!(error as { retriable?: boolean }).retriable || Date.now() > deadline) throw error;
      await sleep(200);
    }
  }
}

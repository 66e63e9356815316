import { randomUUID } from 'node:crypto';
import {
  createKafka,
  createLogger,
  DEV_ERASURE_KEY,
  ensureTopics,
  EventConsumer,
  EventConsumerOptions,
  KeepConsuming,
} from '@voicegraph/platform';
import { ScratchStore, scratchSchema, testBrokers } from '@voicegraph/testkit';

/**
 * kafkajs reports a group join that fails as a crash and still resolves `run()`. A consumer that
 * crashed while joining (its broker died meanwhile, as in the broker-failure fault test) was
 * reported as running, KeepConsuming never replaced it, and the service stopped consuming for
 * good. The real broker makes a join fail on demand: it refuses a session timeout below its
 * group.min.session.timeout.ms (6 s), and kafkajs itself refuses one not above the heartbeat (1 s).
 */
describe('a consumer whose group join fails', () => {
  const logger = createLogger('test', 'silent');
  const kafka = createKafka('join-fails-test', testBrokers(), logger);
  const topic = `test.join-fails.${randomUUID()}`;
  let store: ScratchStore;
  const consumer = (options: Partial<EventConsumerOptions> = {}) =>
    new EventConsumer({
      kafka,
      groupId: `join-fails-${randomUUID()}`,
      dataSource: store.dataSource,
      schema: store.schema,
      topics: [topic],
      handlers: {},
      logger,
      erasureKey: DEV_ERASURE_KEY,
      ...options,
    });

  beforeAll(async () => {
    store = await scratchSchema();
    await ensureTopics(kafka, [topic]);
  });
  afterAll(() => store.drop());

  it('starts, with a session timeout the broker accepts (the precondition)', async () => {
    const accepted = consumer();
    await expect(accepted.start()).resolves.toBeUndefined();
    await accepted.stop();
  });

  it('does not start: start() rejects instead of handing back a dead consumer', async () => {
    const refused = consumer({ sessionTimeoutMs: 3000 });
    await expect(refused.start()).rejects.toThrow();
    await refused.stop();
  });

  it('is not reported connected by KeepConsuming, which goes on trying to replace it', async () => {
    const keep = new KeepConsuming(kafka, [topic], () => consumer({ sessionTimeoutMs: 3000 }), logger);
    keep.start();
    try {
      expect(await keep.waitUntilConnected(8_000)).toBe(false);
    } finally {
      await keep.stop();
    }
  });
});

import { randomUUID } from 'node:crypto';
import { Consumer, Kafka, logLevel } from 'kafkajs';
import { CloudEvent } from '@voicegraph/platform';
import { setTimeout as sleep } from 'node:timers/promises';

export interface ReceivedEvent {
  topic: string;
  partition: number;
  offset: string;
  key: string | null;
  event: CloudEvent;
}

/**
 * Reads topics on the real broker from the beginning with a throwaway consumer group and
 * keeps every message, so a test can wait for the events it caused.
 */
export class EventCollector {
  readonly received: ReceivedEvent[] = [];
  /** The last offset read on each `topic:partition`, skipped messages included. */
  readonly readUpTo = new Map<string, number>();
  private consumer: Consumer | undefined;

  constructor(
    private readonly topics: string[],
    private readonly brokers = (process.env.KAFKA_BROKERS ?? '127.0.0.1:19092').split(','),
  ) {}

  async start(): Promise<this> {
    const kafka = new Kafka({
      clientId: 'voicegraph-test-collector',
      brokers: this.brokers,
      logLevel: logLevel.NOTHING,
    });
    const admin = kafka.admin();
    await admin.connect();
    const existing = new Set(await admin.listTopics());
    const missing = this.topics.filter((t) => !existing.has(t));
    if (missing.length)
      await admin.createTopics({ waitForLeaders: true, topics: missing.map((topic) => ({ topic, numPartitions: 3 })) });
    await admin.disconnect();
    this.consumer = kafka.consumer({ groupId: `test-collector-${randomUUID()}`, maxWaitTimeInMs: 50 });
    await this.consumer.connect();
    await this.consumer.subscribe({ topics: this.topics, fromBeginning: true });
    await this.consumer.run({
      eachMessage: async ({ topic, partition, message }) => {
        // A message that is not JSON (a test may publish one on purpose, to be parked) is not an
        // event to collect; throwing here would hold its partition forever.
        this.readUpTo.set(`${topic}:${partition}`, Number(message.offset));
        let event: CloudEvent;
        try {
          event = JSON.parse(message.value?.toString() ?? '') as CloudEvent;
        } catch {
          return;
        }
        this.received.push({ topic, partition, offset: message.offset, key: message.key?.toString() ?? null, event });
      },
    });
    return this;
  }

  /** Events matching `predicate`, waiting until at least `count` have arrived. */
  async waitFor(predicate: (e: ReceivedEvent) => boolean, count = 1, timeoutMs = 30_000): Promise<ReceivedEvent[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const matches = this.received.filter(predicate);
      if (matches.length >= count) return matches;
      if (Date.now() > deadline) throw new Error(`Timed out: ${matches.length} of ${count} expected events arrived`);
      await sleep(50);
    }
  }

  async stop(): Promise<void> {
    await this.consumer?.disconnect();
  }
}

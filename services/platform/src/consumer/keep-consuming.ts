import { Kafka } from 'kafkajs';
import { EnsureTopicsOptions, ensureTopics } from '../kafka/ensure-topics';
import { Logger } from '../logging/logger';
import { backoffMs } from '../resilience/backoff';
import { EventConsumer } from './event-consumer';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Starts a consumer in the background and keeps trying (with backoff) while Kafka is
 * unreachable, so a service still starts, serves reads and takes mutations (their events wait
 * in the outbox) when the broker is down; consumption begins as soon as it is back.
 */
export class KeepConsuming {
  private current: EventConsumer | undefined;
  private stopped = false;
  private attempt: Promise<void> | undefined;
  connected = false;

  constructor(
    private readonly kafka: Kafka,
    private readonly topics: string[],
    private readonly create: () => EventConsumer,
    private readonly logger: Logger,
    /** How its topics are declared if it has to create them (partitions, copies, retention). */
    private readonly topicOptions: EnsureTopicsOptions = {},
  ) {}

  start(): void {
    this.attempt = this.loop();
  }

  /** Waits for the first successful connection, but at most `ms`; never throws. */
  async waitUntilConnected(ms: number): Promise<boolean> {
    await Promise.race([this.attempt, sleep(ms, undefined, { ref: false })]);
    return this.connected;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.attempt;
    await this.current?.stop();
  }

  /** A consumer kafkajs gave up on is replaced by a new one, with the same backoff. */
  private startAgain(consumer: EventConsumer, error: Error): void {
    if (this.stopped || this.current !== consumer) return;
    this.connected = false;
    this.current = undefined;
    this.logger.error({ err: error.message }, 'event consumer stopped after a failure; starting a new one');
    this.attempt = consumer
      .stop()
      .catch(() => undefined)
      .then(() => this.loop());
  }

  private async loop(): Promise<void> {
    for (let failures = 0; !this.stopped; failures += 1) {
      const consumer = this.create();
      try {
        await ensureTopics(this.kafka, this.topics, this.topicOptions);
        consumer.onGiveUp((error) => this.startAgain(consumer, error));
        await consumer.start();
        this.current = consumer;
        this.connected = true;
        if (failures > 0) this.logger.info({ failures }, 'event consumer connected after Kafka came back');
        return;
      } catch (error) {
        await consumer.stop().catch(() => undefined);
        const delay = backoffMs(failures);
        this.logger.warn(
          { err: (error as Error).message, retryInMs: delay },
          'event consumer cannot reach Kafka yet; will retry',
        );
        await sleep(delay);
      }
    }
  }
}

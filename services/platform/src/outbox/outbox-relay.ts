import { VerifiedTls } from '../db/database-tls';
import { Kafka, Partitioners, Producer } from 'kafkajs';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { outboxListening, outboxPublished } from '../metrics/registry';
import { Logger } from '../logging/logger';
import { backoffMs } from '../resilience/backoff';
import { OutboxError } from './outbox-error';
import { notifyChannel, OutboxRow } from './outbox-row';
import { relayBatch } from './relay-once';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Each batch pays a commit and a broker round trip, so bigger batches relay faster: on the 2-core
 * machine 1,000 gave about 16,000 events/s where 500 gave about 9,500. With three partitions a batch
 * of 1,000 typical events (~0.5 KB) stays far below Kafka's 1 MB default per partition's request.
 */
export const DEFAULT_RELAY_BATCH_SIZE = 1000;

export interface OutboxRelayOptions {
  dataSource: DataSource;
  /** The relay closes `dataSource` when it stops (a pool of its own, not the service's). */
  ownsDataSource?: boolean;
  databaseUrl: string;
  /** TLS for the LISTEN connection, as for the pool. */
  databaseSsl?: VerifiedTls;
  schema: string;
  kafka: Kafka;
  logger: Logger;
  /** Events per claim-publish-delete transaction (default DEFAULT_RELAY_BATCH_SIZE). */
  batchSize?: number;
  /** Fallback poll when no NOTIFY arrives (e.g. the LISTEN connection dropped). */
  pollMs?: number;
  afterPublish?: (rows: OutboxRow[]) => Promise<void>;
}

/**
 * Publishes outbox rows to Kafka. Woken at once by LISTEN/NOTIFY on commit, with a slow
 * poll as fallback; backs off while Kafka is unreachable; drains on stop.
 */
export class OutboxRelay {
  private producer: Producer | undefined;
  private listener: Client | undefined;
  private running = false;
  private wakeRequested = false;
  private loop: Promise<void> | undefined;
  private wakeUp: (() => void) | undefined;
  private pollTimer: NodeJS.Timeout | undefined;
  private failures = 0;
  published = 0;

  constructor(private readonly options: OutboxRelayOptions) {}

  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    // The Java client's murmur2 partitioner, so Java consumers agree on key → partition. The
    // outbox, not the producer, is what guarantees delivery.
    // Not kafkajs's idempotent producer: with a partition leader killed mid-send its sequence
    // numbers went out of step with the broker's, which then dropped a later batch as a
    // "duplicate" while acknowledging it (one event of 500 lost in test/faults/broker-failure).
    // One request in flight with acks=all keeps each key's order; a batch resent after an
    // ambiguous failure arrives twice at worst, and the consumers' inboxes apply it once.
    // No retries inside kafkajs either: a send retried there skips every broker that already
    // answered, even one that has meanwhile become the leader of a partition whose request failed
    // elsewhere, and resolves without ever sending that partition's messages (two of 500 events
    // lost in e2e/faults/broker-failure when a leader was killed; kafkajs issue 1303, unfixed in
    // 2.2.4). A failed send fails the batch, and the relay sends it all again with its own backoff.
    this.producer = this.options.kafka.producer({
      idempotent: false,
      maxInFlightRequests: 1,
      createPartitioner: Partitioners.DefaultPartitioner,
      retry: { retries: 0 },
    });
    await this.listen();
    this.pollTimer = setInterval(() => this.wake(), this.options.pollMs ?? 2000);
    this.loop = this.run();
    this.wake();
  }

  /** Asks the relay to look for rows now. */
  wake(): void {
    this.wakeRequested = true;
    this.wakeUp?.();
  }

  /** Publishes what is left (unless Kafka is unreachable), then closes connections. */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    this.wake();
    if (this.pollTimer) clearInterval(this.pollTimer);
    await this.loop;
    await this.listener?.end().catch(() => undefined);
    await this.producer?.disconnect().catch(() => undefined);
    if (this.options.ownsDataSource) await this.options.dataSource.destroy().catch(() => undefined);
  }

  /** True while LISTEN is up; false while the relay falls back to its poll (readiness). */
  get listening(): boolean {
    return this.listener !== undefined;
  }

  /** True when the last publish attempt succeeded (readiness). */
  get healthy(): boolean {
    return this.failures === 0;
  }

  /**
   * LISTENs on the outbox channel on a connection of its own. When that connection is lost (a
   * Postgres restart, a network cut) the relay polls and reconnects with backoff for as long as
   * it takes; once it listens again it looks for rows committed meanwhile.
   */
  private async listen(): Promise<void> {
    const client = new Client({
      connectionString: this.options.databaseUrl,
      connectionTimeoutMillis: 5000,
      ...(this.options.databaseSsl ? { ssl: this.options.databaseSsl } : {}),
    });
    let listening = false;
    const lost = (error?: Error) => {
      if (!listening) return; // not yet listening: listen() itself rejects
      listening = false;
      this.listener = undefined;
      outboxListening.set({ service: this.options.schema }, 0);
      void client.end().catch(() => undefined);
      if (!this.running) return;
      this.options.logger.warn(
        { err: error?.message ?? 'connection closed' },
        'outbox LISTEN connection lost; polling until it is back',
      );
      void this.listenAgain();
    };
    client.on('notification', () => this.wake());
    client.on('error', lost);
    client.on('end', () => lost());
    try {
      await client.connect();
      await client.query(`LISTEN "${notifyChannel(this.options.schema)}"`);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    listening = true;
    this.listener = client;
    outboxListening.set({ service: this.options.schema }, 1);
  }

  private async listenAgain(): Promise<void> {
    const since = Date.now();
    for (let attempt = 1; this.running; attempt += 1) {
      await sleep(backoffMs(attempt), undefined, { ref: false });
      if (!this.running) return;
      try {
        await this.listen();
        this.options.logger.info(
          { attempts: attempt, downForMs: Date.now() - since },
          'outbox LISTEN connection back; relay woken at once again',
        );
        this.wake(); // rows committed while nobody listened
        return;
      } catch (error) {
        // Say so now and then, not at every attempt: an outage of minutes is hundreds of them.
        if (attempt === 1 || attempt % 10 === 0)
          this.options.logger.warn(
            { err: (error as Error).message, attempts: attempt, downForMs: Date.now() - since },
            'outbox LISTEN still cannot reconnect; retrying with backoff',
          );
      }
    }
  }

  private async run(): Promise<void> {
    let connected = false;
    while (this.running || this.wakeRequested) {
      if (!this.wakeRequested) await this.sleepUntilWoken();
      this.wakeRequested = false;
      let kafkaFailed = true;
      try {
        if (!connected) {
          await this.producer!.connect();
          connected = true;
        }
        kafkaFailed = false;
        await this.drain();
        if (this.failures > 0) this.options.logger.info({ failures: this.failures }, 'outbox relay publishing again');
        this.failures = 0;
      } catch (error) {
        kafkaFailed ||= error instanceof OutboxError && error.code === 'PUBLISH_FAILED';
        this.failures += 1;
        if (kafkaFailed) {
          connected = false;
          await this.producer!.disconnect().catch(() => undefined);
        }
        const delay = backoffMs(this.failures);
        this.options.logger.warn(
          { err: (error as Error).message, retryInMs: delay, failures: this.failures },
          kafkaFailed
            ? 'outbox relay could not publish to Kafka; will retry'
            : 'outbox relay could not read the outbox (database unreachable?); will retry',
        );
        if (!this.running) return; // stopping while Kafka is down: rows stay in the outbox for next time
        await sleep(delay);
        this.wakeRequested = true;
      }
    }
  }

  /**
   * Relays batches until the outbox has nothing for this relay. While LISTEN is up, a batch that
   * was not full and left nothing to another relay ends it: anything committed since its claim
   * sent a NOTIFY, which has woken the loop again (wakeRequested is cleared before the drain
   * starts). That saves a whole empty claim transaction (three round trips) after every batch,
   * which at a steady write rate delayed the next event's claim. Without LISTEN it drains until
   * a claim finds nothing, as the poll is all that would wake it.
   */
  private async drain(): Promise<void> {
    for (;;) {
      const { published, more } = await relayBatch({
        dataSource: this.options.dataSource,
        schema: this.options.schema,
        producer: this.producer!,
        batchSize: this.options.batchSize ?? DEFAULT_RELAY_BATCH_SIZE,
        afterPublish: this.options.afterPublish,
      });
      this.published += published;
      outboxPublished.inc({ service: this.options.schema }, published);
      if (published === 0 || (!more && this.listening)) return;
    }
  }

  private sleepUntilWoken(): Promise<void> {
    return new Promise((resolve) => {
      this.wakeUp = () => {
        this.wakeUp = undefined;
        resolve();
      };
      if (this.wakeRequested || !this.running) this.wakeUp();
    });
  }
}

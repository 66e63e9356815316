import { Consumer, EachMessagePayload, Kafka } from 'kafkajs';
import { DataSource } from 'typeorm';
import { CloudEvent } from '../events/envelope';
import { eventSchemas } from '../events/schema-registry';
import { Logger } from '../logging/logger';
import { consumerEvents, consumerLag, deadLetters } from '../metrics/registry';
import { EventHandler, handleWithInbox } from './handle-with-inbox';
import { backoffMs } from '../resilience/backoff';
import { parkDeadLetter } from './park-dead-letter';
import { inSpan, SpanKind } from '../tracing/spans';
import { setTimeout as sleep } from 'node:timers/promises';

export interface EventConsumerOptions {
  kafka: Kafka;
  groupId: string;
  dataSource: DataSource;
  schema: string;
  topics: string[];
  /** Keyed by CloudEvent type, e.g. voicegraph.people.PersonErased.v1. Other types are skipped. */
  handlers: Record<string, EventHandler>;
  logger: Logger;
  maxAttempts?: number;
  /** Key of the erasure tombstones (ServiceConfig.erasureKey). */
  erasureKey: string;
}

/**
 * Consumes events with an inbox. A failing handler is retried with backoff (the partition
 * waits, keeping order); after maxAttempts the event is parked in dead_letter and we move on.
 */
export class EventConsumer {
  private consumer: Consumer | undefined;
  private stopping = false;
  private gaveUp: ((error: Error) => void) | undefined;

  constructor(private readonly options: EventConsumerOptions) {}

  async start(): Promise<void> {
    const consumer = this.options.kafka.consumer({
      groupId: this.options.groupId,
      sessionTimeout: 15000,
      heartbeatInterval: 1000,
      maxWaitTimeInMs: 100,
      // kafkajs would otherwise restart a crashed consumer from a timer of its own, which a later
      // disconnect() cannot stop once it has fired: the consumer rejoins the group after shutdown.
      // KeepConsuming replaces a crashed consumer instead, under its own stop().
      retry: { retries: 5, restartOnFailure: async () => false },
    });
    this.consumer = consumer;
    this.reportLag(consumer);
    // With restartOnFailure off, every crash stops this consumer for good.
    consumer.on(consumer.events.CRASH, ({ payload }) => {
      if (!payload.restart && !this.stopping) this.gaveUp?.(payload.error);
    });
    await consumer.connect();
    await consumer.subscribe({ topics: this.options.topics, fromBeginning: true });
    await consumer.run({ partitionsConsumedConcurrently: 3, eachMessage: (payload) => this.onMessage(payload) });
  }

  /** Called when kafkajs has stopped this consumer for good (a crash it will not restart from). */
  onGiveUp(listener: (error: Error) => void): void {
    this.gaveUp = listener;
  }

  /** Lets in-flight messages finish, commits offsets and leaves the group. */
  async stop(): Promise<void> {
    this.stopping = true;
    await this.consumer?.disconnect();
    this.consumer = undefined;
  }

  /** voicegraph_consumer_lag per partition, from each fetched batch: before it is handled, and after. */
  private reportLag(consumer: Consumer): void {
    const service = this.options.schema;
    consumer.on(consumer.events.START_BATCH_PROCESS, ({ payload }) => {
      if (payload.batchSize > 0)
        consumerLag.set(
          { service, topic: payload.topic, partition: String(payload.partition) },
          Number(payload.offsetLagLow) + 1,
        );
    });
    consumer.on(consumer.events.END_BATCH_PROCESS, ({ payload }) => {
      consumerLag.set(
        { service, topic: payload.topic, partition: String(payload.partition) },
        Number(payload.offsetLag),
      );
    });
  }

  private async onMessage({ topic, partition, message, heartbeat }: EachMessagePayload): Promise<void> {
    const raw = message.value?.toString('utf8') ?? '';
    const event = parseEvent(raw);
    const handler = event ? this.options.handlers[event.type] : undefined;
    if (!event || !handler) {
      if (!event) await this.park(topic, partition, message.offset, null, raw, 'not a CloudEvent JSON object');
      else this.count('unknown', 'skipped');
      return;
    }
    const check = eventSchemas().validate(event, 'consumer'); // tolerant: see docs/events.md
    if (!check.valid) {
      await this.park(topic, partition, message.offset, event, raw, `schema: ${check.errors.join('; ')}`);
      return;
    }
    // Continues the trace of the request that emitted the event (CloudEvents `traceparent`).
    await inSpan(
      this.options.schema,
      `${event.type} process`,
      {
        kind: SpanKind.CONSUMER,
        parent: { traceparent: event.traceparent, tracestate: event.tracestate },
        attributes: {
          'messaging.system': 'kafka',
          'messaging.destination.name': topic,
          'messaging.kafka.destination.partition': partition,
          'messaging.message.id': event.id,
        },
      },
      () => this.handle(event, handler, topic, partition, message.offset, raw, heartbeat),
    );
  }

  private async handle(
    event: CloudEvent,
    handler: EventHandler,
    topic: string,
    partition: number,
    offset: string,
    raw: string,
    heartbeat: () => Promise<void>,
  ): Promise<void> {
    const maxAttempts = this.options.maxAttempts ?? 5;
    for (let attempt = 1; ; attempt += 1) {
      try {
        this.count(
          event.type,
          await handleWithInbox(this.options.dataSource, this.options.schema, event, handler, this.options.erasureKey),
        );
        return;
      } catch (error) {
        const reason = (error as Error).message;
        if (await this.waitedForDatabase(heartbeat)) {
          attempt -= 1; // the database was down, not the event at fault: this try does not count
          continue;
        }
        this.options.logger.warn({ eventId: event.id, type: event.type, attempt, err: reason }, 'event handler failed');
        if (attempt >= maxAttempts) {
          await this.park(topic, partition, offset, event, raw, reason);
          return;
        }
        await sleep(Math.min(5000, 100 * 2 ** attempt));
      }
    }
  }

  /**
   * When the database is unreachable, holds this message (and so its partition, keeping order)
   * until it answers again, heartbeating so the group does not drop us; true if it had to wait.
   * Without this, an outage longer than the retries would park good events in dead_letter.
   */
  private async waitedForDatabase(heartbeat: () => Promise<void>): Promise<boolean> {
    const since = Date.now();
    for (let attempt = 1; ; attempt += 1) {
      const up = await this.options.dataSource.query('SELECT 1').then(
        () => true,
        () => false,
      );
      if (up) {
        if (attempt > 1) this.options.logger.info({ downForMs: Date.now() - since }, 'database back; consuming again');
        return attempt > 1;
      }
      if (attempt === 1) this.options.logger.warn('database unreachable; holding events until it is back');
      if (this.stopping) throw new Error('stopping while the database is unreachable; the event will be redelivered');
      await heartbeat().catch(() => undefined);
      await sleep(backoffMs(attempt));
    }
  }

  private async park(
    topic: string,
    partition: number,
    offset: string,
    event: CloudEvent | null,
    payload: string,
    error: string,
  ): Promise<void> {
    const eventId = event?.id ?? null;
    await parkDeadLetter(this.options.dataSource, this.options.schema, {
      topic,
      partition,
      offset,
      eventId,
      payload,
      error,
    });
    // Only once the park committed: a park that failed (database down) is not a park.
    this.options.logger.error({ topic, partition, offset, eventId, err: error }, 'event parked in dead_letter');
    deadLetters.inc({ service: this.options.schema, topic });
    this.count(event?.type ?? 'unknown', 'parked'); // a type with a handler: a bounded label
  }

  private count(type: string, outcome: string): void {
    consumerEvents.inc({ service: this.options.schema, type, outcome });
  }
}

function parseEvent(raw: string): CloudEvent | null {
  try {
    const value = JSON.parse(raw) as CloudEvent;
    return value && typeof value === 'object' && typeof value.type === 'string' && typeof value.id === 'string'
      ? value
      : null;
  } catch {
    return null;
  }
}

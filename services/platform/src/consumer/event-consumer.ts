import { Consumer, EachBatchPayload, Kafka, KafkaMessage } from 'kafkajs';
import { DataSource } from 'typeorm';
import { CloudEvent, isEventOf } from '../events/envelope';
import { eventSchemas } from '../events/schema-registry';
import { Logger } from '../logging/logger';
import { consumerEvents, consumerLag, deadLetters } from '../metrics/registry';
import { EventHandler, handleBatchWithInbox, handleWithInbox, InboxItem } from './handle-with-inbox';
import { PeopleEvents } from '../events/catalogue/people';
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
  /** At most this many events of a partition applied in one transaction (default 200; 1 = one at a time). */
  maxBatch?: number;
  /** The group session timeout (default 15 s); the broker refuses values outside its group.min/max.session.timeout.ms. */
  sessionTimeoutMs?: number;
}

/**
 * Consumes events with an inbox. The events a fetch brought for a partition are applied in one
 * transaction (handleBatchWithInbox): one commit per run of events instead of one per event, which
 * is what lets a projection keep up with a steady write rate. If that transaction fails, the same
 * events are applied one at a time, as before: a failing handler is retried with backoff (the
 * partition waits, keeping order); after maxAttempts the event is parked in dead_letter and we move on.
 */
export class EventConsumer {
  private consumer: Consumer | undefined;
  private stopping = false;
  private gaveUp: ((error: Error) => void) | undefined;

  constructor(private readonly options: EventConsumerOptions) {}

  async start(): Promise<void> {
    const consumer = this.options.kafka.consumer({
      groupId: this.options.groupId,
      sessionTimeout: this.options.sessionTimeoutMs ?? 15000,
      heartbeatInterval: 1000,
      // How long the broker holds a fetch when there is nothing new: it answers at once when an
      // event arrives, so this costs no latency. At 100 ms an idle service sent ten fetches a
      // second, which was most of a subgraph's background CPU (CPU profiles, bench:cpu).
      maxWaitTimeInMs: 500,
      // kafkajs would otherwise restart a crashed consumer from a timer of its own, which a later
      // disconnect() cannot stop once it has fired: the consumer rejoins the group after shutdown.
      // KeepConsuming replaces a crashed consumer instead, under its own stop().
      retry: { retries: 5, restartOnFailure: async () => false },
    });
    this.consumer = consumer;
    this.reportLag(consumer);
    // With restartOnFailure off, every crash stops this consumer for good.
    let running = false;
    let crashedWhileStarting: Error | undefined;
    consumer.on(consumer.events.CRASH, ({ payload }) => {
      if (payload.restart || this.stopping) return;
      if (running) this.gaveUp?.(payload.error);
      else crashedWhileStarting = payload.error;
    });
    await consumer.connect();
    await consumer.subscribe({ topics: this.options.topics, fromBeginning: true });
    await consumer.run({
      partitionsConsumedConcurrently: 3,
      eachBatchAutoResolve: false,
      eachBatch: (payload) => this.onBatch(payload),
    });
    // kafkajs reports a join that fails (say, its broker died meanwhile) as a crash and still
    // resolves run(). Resolving here too would hand the caller a dead consumer as a running one:
    // KeepConsuming would never replace it, and the service would stop consuming for good.
    if (crashedWhileStarting) throw crashedWhileStarting;
    running = true;
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

  /**
   * A partition's fetched messages in order: runs of ordinary events in one transaction each
   * (at most maxBatch), anything else (PersonErased, unknown or invalid events) one at a time.
   * An offset is resolved only once its event is applied, skipped or parked.
   */
  private async onBatch({ batch, resolveOffset, heartbeat, isRunning, isStale }: EachBatchPayload): Promise<void> {
    const { topic, partition } = batch;
    const maxBatch = Math.max(1, this.options.maxBatch ?? 200);
    let run: { message: KafkaMessage; item: InboxItem }[] = [];
    const flush = async () => {
      if (run.length) await this.applyRun(topic, partition, run, heartbeat);
      if (run.length) resolveOffset(run[run.length - 1].message.offset);
      run = [];
      await heartbeat();
    };
    for (const message of batch.messages) {
      if (!isRunning() || isStale()) break;
      const prepared = this.prepare(message.value?.toString('utf8') ?? '');
      if (prepared.kind === 'event' && !isEventOf(PeopleEvents.PersonErased, prepared.event) && maxBatch > 1) {
        run.push({ message, item: { event: prepared.event, handler: prepared.handler } });
        if (run.length >= maxBatch) await flush();
        continue;
      }
      await flush();
      await this.applyOne(topic, partition, message, prepared, heartbeat);
      resolveOffset(message.offset);
    }
    if (isRunning() && !isStale()) await flush();
  }

  /** Parses and checks one message: an event to apply, one to skip, or one to park (and why). */
  private prepare(
    raw: string,
  ):
    | { kind: 'event'; event: CloudEvent; handler: EventHandler; raw: string }
    | { kind: 'skip' }
    | { kind: 'park'; event: CloudEvent | null; raw: string; reason: string } {
    const event = parseEvent(raw);
    if (!event) return { kind: 'park', event: null, raw, reason: 'not a CloudEvent JSON object' };
    const handler = this.options.handlers[event.type];
    if (!handler) return { kind: 'skip' };
    const check = eventSchemas().validate(event, 'consumer'); // tolerant: see docs/events.md
    if (!check.valid) return { kind: 'park', event, raw, reason: `schema: ${check.errors.join('; ')}` };
    return { kind: 'event', event, handler, raw };
  }

  /** A run in one transaction; if it fails (a handler, a deadlock, the database), one at a time instead. */
  private async applyRun(
    topic: string,
    partition: number,
    run: { message: KafkaMessage; item: InboxItem }[],
    heartbeat: () => Promise<void>,
  ): Promise<void> {
    if (run.length > 1) {
      try {
        const outcomes = await handleBatchWithInbox(
          this.options.dataSource,
          this.options.schema,
          run.map((r) => r.item),
          this.options.erasureKey,
          (item, apply) => this.traced(topic, partition, item.event, apply),
        );
        outcomes.forEach((outcome, i) => this.count(run[i].item.event.type, outcome));
        return;
      } catch (error) {
        this.options.logger.info(
          { topic, partition, events: run.length, err: (error as Error).message },
          'batch not applied; applying its events one at a time',
        );
      }
    }
    for (const { message, item } of run) {
      const raw = message.value?.toString('utf8') ?? '';
      await this.applyOne(topic, partition, message, { kind: 'event', ...item, raw }, heartbeat);
    }
  }

  private async applyOne(
    topic: string,
    partition: number,
    message: KafkaMessage,
    prepared: ReturnType<EventConsumer['prepare']>,
    heartbeat: () => Promise<void>,
  ): Promise<void> {
    if (prepared.kind === 'skip') return this.count('unknown', 'skipped');
    if (prepared.kind === 'park')
      return this.park(topic, partition, message.offset, prepared.event, prepared.raw, prepared.reason);
    const { event, handler, raw } = prepared;
    await this.traced(topic, partition, event, () =>
      this.handle(event, handler, topic, partition, message.offset, raw, heartbeat),
    );
  }

  /** Continues the trace of the request that emitted the event (CloudEvents `traceparent`). */
  private traced(topic: string, partition: number, event: CloudEvent, work: () => Promise<void>): Promise<void> {
    return inSpan(
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
      work,
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

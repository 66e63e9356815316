import { Consumer, EachMessagePayload, Kafka } from 'kafkajs';
import { DataSource } from 'typeorm';
import { CloudEvent } from '../events/envelope';
import { eventSchemas } from '../events/schema-registry';
import { Logger } from '../logging/logger';
import { EventHandler, handleWithInbox } from './handle-with-inbox';
import { parkDeadLetter } from './park-dead-letter';
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

  constructor(private readonly options: EventConsumerOptions) {}

  async start(): Promise<void> {
    const consumer = this.options.kafka.consumer({
      groupId: this.options.groupId,
      sessionTimeout: 15000,
      heartbeatInterval: 1000,
      maxWaitTimeInMs: 100,
    });
    this.consumer = consumer;
    await consumer.connect();
    await consumer.subscribe({ topics: this.options.topics, fromBeginning: true });
    await consumer.run({ partitionsConsumedConcurrently: 3, eachMessage: (payload) => this.onMessage(payload) });
  }

  /** Lets in-flight messages finish, commits offsets and leaves the group. */
  async stop(): Promise<void> {
    await this.consumer?.disconnect();
    this.consumer = undefined;
  }

  private async onMessage({ topic, partition, message }: EachMessagePayload): Promise<void> {
    const raw = message.value?.toString('utf8') ?? '';
    const event = parseEvent(raw);
    const handler = event ? this.options.handlers[event.type] : undefined;
    if (!event || !handler) {
      if (!event) await this.park(topic, partition, message.offset, null, raw, 'not a CloudEvent JSON object');
      return;
    }
    const check = eventSchemas().validate(event);
    if (!check.valid) {
      await this.park(topic, partition, message.offset, event.id, raw, `schema: ${check.errors.join('; ')}`);
      return;
    }
    const maxAttempts = this.options.maxAttempts ?? 5;
    for (let attempt = 1; ; attempt += 1) {
      try {
        await handleWithInbox(this.options.dataSource, this.options.schema, event, handler, this.options.erasureKey);
        return;
      } catch (error) {
        const reason = (error as Error).message;
        this.options.logger.warn({ eventId: event.id, type: event.type, attempt, err: reason }, 'event handler failed');
        if (attempt >= maxAttempts) {
          await this.park(topic, partition, message.offset, event.id, raw, reason);
          return;
        }
        await sleep(Math.min(5000, 100 * 2 ** attempt));
      }
    }
  }

  private async park(
    topic: string,
    partition: number,
    offset: string,
    eventId: string | null,
    payload: string,
    error: string,
  ): Promise<void> {
    this.options.logger.error({ topic, partition, offset, eventId, err: error }, 'event parked in dead_letter');
    await parkDeadLetter(this.options.dataSource, this.options.schema, {
      topic,
      partition,
      offset,
      eventId,
      payload,
      error,
    });
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

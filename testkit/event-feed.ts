import { Kafka, logLevel, Producer } from 'kafkajs';
import { buildEnvelope, CloudEvent, EventDefinition, topicOf } from '@voicegraph/platform';

/**
 * Plays another service on the real broker: publishes real CloudEvents on the topic of their
 * event, keyed by subject, as that service's relay would, so the service under test builds its
 * projections from events without the other service running.
 */
export class EventFeed {
  private producer: Producer | undefined;

  constructor(private readonly brokers = (process.env.KAFKA_BROKERS ?? '127.0.0.1:19092').split(',')) {}

  async start(): Promise<this> {
    const kafka = new Kafka({ clientId: 'voicegraph-test-feed', brokers: this.brokers, logLevel: logLevel.NOTHING });
    this.producer = kafka.producer({ idempotent: true });
    await this.producer.connect();
    return this;
  }

  async send<T>(
    def: EventDefinition<T>,
    subject: string,
    data: T,
    envelope = buildEnvelope(def, subject, data),
  ): Promise<CloudEvent<T>> {
    if (!this.producer) throw new Error('EventFeed.send before start()');
    await this.producer.send({
      topic: topicOf(def),
      acks: -1,
      messages: [{ key: subject, value: JSON.stringify(envelope) }],
    });
    return envelope;
  }

  async stop(): Promise<void> {
    await this.producer?.disconnect();
  }
}

import { EventTypes, EventValidator, topicOf, VoiceGraphEvent } from '@voicegraph/events';
import { Consumer, EachMessagePayload, Kafka } from 'kafkajs';
import { NotificationStore } from './store';

export interface NotifierOptions {
  kafka: Kafka;
  store: NotificationStore;
  groupId: string;
  /** Called after commit with the people newly told of one feedback message (e.g. to push to their app). */
  onNotified?: (feedbackId: string, personIds: string[]) => void;
  log?: (message: string) => void;
}

const READS: string[] = [EventTypes.FeedbackSentV1, EventTypes.PersonErasedV1];

/** The topics this service reads: feedback messages, and people (for erasure). */
export const NOTIFIER_TOPICS = [topicOf(EventTypes.FeedbackSentV1), topicOf(EventTypes.PersonErasedV1)];

/**
 * Tells each young person, once, that feedback about their views was sent. Built only on
 * @voicegraph/events and kafkajs. Kafka delivers at least once; the store's inbox and the
 * notification's primary key make the effect happen exactly once, across redeliveries and restarts.
 * Events are checked with the package's tolerant validator, so fields and CloudEvents extensions
 * added later by VoiceGraph do not stop this service.
 */
export class Notifier {
  private consumer: Consumer | undefined;
  private readonly validator = new EventValidator();

  constructor(private readonly options: NotifierOptions) {}

  async start(): Promise<void> {
    this.consumer = this.options.kafka.consumer({ groupId: this.options.groupId, maxWaitTimeInMs: 100 });
    await this.consumer.connect();
    await this.consumer.subscribe({ topics: NOTIFIER_TOPICS, fromBeginning: true });
    await this.consumer.run({ eachMessage: (payload) => this.onMessage(payload) });
  }

  async stop(): Promise<void> {
    await this.consumer?.disconnect();
    this.consumer = undefined;
  }

  /** Applies one message; a failure throws, so kafkajs retries it rather than skipping it. */
  async onMessage({ message, topic, partition }: EachMessagePayload): Promise<void> {
    let event: unknown;
    try {
      event = JSON.parse(message.value?.toString() ?? '');
    } catch {
      this.options.log?.(`skipped a message that is not JSON at ${topic}[${partition}]@${message.offset}`);
      return;
    }
    if (this.validator.is(event, EventTypes.FeedbackSentV1)) await this.feedbackSent(event);
    else if (this.validator.is(event, EventTypes.PersonErasedV1)) await this.personErased(event);
    else if (READS.includes((event as { type?: string } | null)?.type ?? '')) {
      // One of ours, but not as the catalogue says: say why, so it can be looked into.
      const why = this.validator.check(event).errors.join('; ');
      this.options.log?.(`skipped an invalid event at ${topic}[${partition}]@${message.offset}: ${why}`);
    }
  }

  private async feedbackSent(event: VoiceGraphEvent<typeof EventTypes.FeedbackSentV1>): Promise<void> {
    const { feedbackId, consultationId, sentAt, recipientIds } = event.data;
    let told: string[] = [];
    await this.options.store.once(event.id, async (client) => {
      // Events from before recipientIds was added name nobody: there is no one to tell by id.
      told = await this.options.store.notify(client, {
        feedbackId,
        consultationId,
        sentAt,
        personIds: recipientIds ?? [],
      });
    });
    if (told.length) this.options.onNotified?.(feedbackId, told);
  }

  private async personErased(event: VoiceGraphEvent<typeof EventTypes.PersonErasedV1>): Promise<void> {
    await this.options.store.once(event.id, (client) => this.options.store.forget(client, event.data.personId));
  }
}

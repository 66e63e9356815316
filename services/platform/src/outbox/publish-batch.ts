import { Producer, TopicMessages } from 'kafkajs';
import { OutboxError } from './outbox-error';
import { OutboxRow } from './outbox-row';

/** Sends rows to Kafka in one request, keyed by aggregate id, acknowledged by all in-sync replicas. */
export async function publishBatch(producer: Producer, rows: OutboxRow[]): Promise<void> {
  const byTopic = new Map<string, TopicMessages>();
  for (const row of rows) {
    const entry = byTopic.get(row.topic) ?? { topic: row.topic, messages: [] };
    entry.messages.push({
      key: row.key,
      value: row.envelope,
      headers: { 'content-type': 'application/cloudevents+json; charset=utf-8', ce_type: row.type, ce_id: row.eventId },
    });
    byTopic.set(row.topic, entry);
  }
  try {
    await producer.sendBatch({ topicMessages: [...byTopic.values()], acks: -1 });
  } catch (error) {
    throw new OutboxError(
      'PUBLISH_FAILED',
      `Kafka did not acknowledge ${rows.length} outbox events: ${(error as Error).message}`,
      error,
    );
  }
}

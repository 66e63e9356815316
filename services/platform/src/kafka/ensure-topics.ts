import { Kafka } from 'kafkajs';

/** Creates topics that do not exist yet (idempotent). Auto-creation is off on our brokers. */
export async function ensureTopics(
  kafka: Kafka,
  topics: string[],
  partitions = 3,
  replicationFactor = 1,
): Promise<void> {
  if (topics.length === 0) return;
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = [...new Set(topics)].filter((topic) => !existing.has(topic));
    if (missing.length > 0) {
      await admin.createTopics({
        waitForLeaders: true,
        topics: missing.map((topic) => ({ topic, numPartitions: partitions, replicationFactor })),
      });
    }
  } finally {
    await admin.disconnect();
  }
}

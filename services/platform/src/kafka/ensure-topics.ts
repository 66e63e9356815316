import { ConfigResourceTypes, Kafka } from 'kafkajs';

/**
 * How long the project's topics keep events. Every event topic carries ids, and the person
 * topics carry people's ids and cohorts, so the log must forget on a stated schedule: a record
 * is gone at most retentionMs + segmentMs (plus the broker's retention check) after it was written.
 */
export interface TopicRetention {
  retentionMs: number;
  segmentMs: number;
}

/** 14 days, in segments of one day: an erased person leaves the log within 15 days. */
export const DEFAULT_TOPIC_RETENTION: TopicRetention = { retentionMs: 14 * 86_400_000, segmentMs: 86_400_000 };

/** The topic configuration the project sets (and corrects on existing topics). */
export function topicConfigEntries(retention: TopicRetention): { name: string; value: string }[] {
  return [
    { name: 'cleanup.policy', value: 'delete' },
    { name: 'retention.ms', value: String(retention.retentionMs) },
    { name: 'segment.ms', value: String(retention.segmentMs) },
  ];
}

/**
 * Creates topics that do not exist yet (idempotent; auto-creation is off on our brokers). With
 * `retention`, new topics get it and existing ones that differ are brought into line, so a topic
 * made earlier by hand or by another tool still forgets on schedule.
 */
export async function ensureTopics(
  kafka: Kafka,
  topics: string[],
  options: { partitions?: number; replicationFactor?: number; retention?: TopicRetention } = {},
): Promise<void> {
  if (topics.length === 0) return;
  const { partitions = 3, replicationFactor = 1, retention } = options;
  const configEntries = retention ? topicConfigEntries(retention) : [];
  const admin = kafka.admin();
  await admin.connect();
  try {
    const wanted = [...new Set(topics)];
    const existing = new Set(await admin.listTopics());
    const missing = wanted.filter((topic) => !existing.has(topic));
    if (missing.length > 0) {
      await admin.createTopics({
        waitForLeaders: true,
        topics: missing.map((topic) => ({ topic, numPartitions: partitions, replicationFactor, configEntries })),
      });
    }
    const present = wanted.filter((topic) => existing.has(topic));
    if (retention && present.length > 0) await alignTopicConfig(kafka, present, configEntries);
  } finally {
    await admin.disconnect();
  }
}

async function alignTopicConfig(kafka: Kafka, topics: string[], entries: { name: string; value: string }[]) {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const described = await admin.describeConfigs({
      includeSynonyms: false,
      resources: topics.map((name) => ({
        type: ConfigResourceTypes.TOPIC,
        name,
        configNames: entries.map((e) => e.name),
      })),
    });
    const stale = described.resources
      .filter((resource) =>
        entries.some(
          (entry) => resource.configEntries.find((c) => c.configName === entry.name)?.configValue !== entry.value,
        ),
      )
      .map((resource) => resource.resourceName);
    if (stale.length === 0) return;
    await admin.alterConfigs({
      validateOnly: false,
      resources: stale.map((name) => ({ type: ConfigResourceTypes.TOPIC, name, configEntries: entries })),
    });
  } finally {
    await admin.disconnect();
  }
}

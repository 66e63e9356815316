import { Admin, ConfigResourceTypes, Kafka } from 'kafkajs';

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

export interface EnsureTopicsOptions {
  partitions?: number;
  /** Copies of each partition; the cluster must have at least this many brokers (no fallback). */
  replicationFactor?: number;
  /** min.insync.replicas set on each topic; unset leaves the broker's default. */
  minInsyncReplicas?: number;
  retention?: TopicRetention;
}

/** The project's topics cannot be declared as configured: said plainly, never worked around. */
export class TopicDeclarationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TopicDeclarationError';
  }
}

/**
 * Creates topics that do not exist yet (idempotent; auto-creation is off on our brokers), with
 * the configured partitions and replication factor. A cluster with fewer brokers than the
 * replication factor, or an existing topic with fewer copies, is an error: a topic is never
 * quietly made with one copy. Retention and min.insync.replicas are set on new topics and brought
 * into line on existing ones, so a topic made earlier by hand or by another tool still forgets on
 * schedule and still needs its in-sync copies.
 */
export async function ensureTopics(kafka: Kafka, topics: string[], options: EnsureTopicsOptions = {}): Promise<void> {
  if (topics.length === 0) return;
  const { partitions = 3, replicationFactor = 1, retention, minInsyncReplicas } = options;
  const configEntries = [
    ...(retention ? topicConfigEntries(retention) : []),
    ...(minInsyncReplicas ? [{ name: 'min.insync.replicas', value: String(minInsyncReplicas) }] : []),
  ];
  const admin = kafka.admin();
  await admin.connect();
  try {
    const wanted = [...new Set(topics)];
    const existing = new Set(await admin.listTopics());
    const missing = wanted.filter((topic) => !existing.has(topic));
    if (missing.length > 0) {
      const { brokers } = await admin.describeCluster();
      if (brokers.length < replicationFactor)
        throw new TopicDeclarationError(
          `Kafka has ${brokers.length} broker(s) but topics need ${replicationFactor} copies ` +
            `(KAFKA_TOPIC_REPLICATION_FACTOR); not creating ${missing.join(', ')} with fewer.`,
        );
      await admin.createTopics({
        waitForLeaders: true,
        topics: missing.map((topic) => ({ topic, numPartitions: partitions, replicationFactor, configEntries })),
      });
    }
    const present = wanted.filter((topic) => existing.has(topic));
    if (present.length > 0) await checkReplication(admin, present, replicationFactor);
    if (configEntries.length > 0 && present.length > 0) await alignTopicConfig(kafka, present, configEntries);
  } finally {
    await admin.disconnect();
  }
}

async function checkReplication(admin: Admin, topics: string[], replicationFactor: number): Promise<void> {
  const { topics: described } = await admin.fetchTopicMetadata({ topics });
  const short = described.filter((t) => t.partitions.some((p) => p.replicas.length < replicationFactor));
  if (short.length > 0)
    throw new TopicDeclarationError(
      `Topic(s) ${short.map((t) => t.name).join(', ')} have fewer than ${replicationFactor} copies ` +
        '(KAFKA_TOPIC_REPLICATION_FACTOR): reassign their partitions (kafka-reassign-partitions) before starting.',
    );
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

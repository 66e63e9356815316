import { EnvReader } from '../config/env';

/**
 * How the project's topics are declared: partitions and copies (retention: KAFKA_TOPIC_RETENTION_MS). A production cluster
 * keeps three copies and acknowledges a write only once two hold it (min.insync.replicas=2 with
 * the relay's acks=all), so one broker can fail without losing an acknowledged event.
 */
export interface TopicSettings {
  partitions: number;
  replicationFactor: number;
  minInsyncReplicas: number;
}

/** Local development: one broker, one copy. */
export const LOCAL_TOPIC_SETTINGS: TopicSettings = {
  partitions: 3,
  replicationFactor: 1,
  minInsyncReplicas: 1,
};

/** Production: three copies, two in sync before a write is acknowledged. */
export const PRODUCTION_TOPIC_SETTINGS: TopicSettings = {
  partitions: 3,
  replicationFactor: 3,
  minInsyncReplicas: 2,
};

/**
 * KAFKA_TOPIC_PARTITIONS, KAFKA_TOPIC_REPLICATION_FACTOR and KAFKA_TOPIC_MIN_INSYNC_REPLICAS, with
 * the production defaults when NODE_ENV=production. Production refuses fewer than three copies or
 * fewer than two in sync: a single copy would silently lose events with its broker.
 */
export function readTopicSettings(reader: EnvReader, production: boolean): TopicSettings {
  const defaults = production ? PRODUCTION_TOPIC_SETTINGS : LOCAL_TOPIC_SETTINGS;
  const partitions = reader.int('KAFKA_TOPIC_PARTITIONS', defaults.partitions, 1, 1000);
  const replicationFactor = reader.int('KAFKA_TOPIC_REPLICATION_FACTOR', defaults.replicationFactor, 1, 7);
  const minInsyncReplicas = reader.int(
    'KAFKA_TOPIC_MIN_INSYNC_REPLICAS',
    Math.min(defaults.minInsyncReplicas, replicationFactor),
    1,
    7,
  );
  if (minInsyncReplicas > replicationFactor)
    reader.problem(
      `KAFKA_TOPIC_MIN_INSYNC_REPLICAS (${minInsyncReplicas}) must not exceed KAFKA_TOPIC_REPLICATION_FACTOR (${replicationFactor}): no write could ever be acknowledged`,
    );
  if (production && replicationFactor < 3)
    reader.problem(
      'KAFKA_TOPIC_REPLICATION_FACTOR must be at least 3 when NODE_ENV=production (a broker failure must not lose events)',
    );
  if (production && minInsyncReplicas < 2)
    reader.problem(
      'KAFKA_TOPIC_MIN_INSYNC_REPLICAS must be at least 2 when NODE_ENV=production (an acknowledged event must be on two brokers)',
    );
  return { partitions, replicationFactor, minInsyncReplicas };
}

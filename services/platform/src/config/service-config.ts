import { DEFAULT_TOPIC_RETENTION, TopicRetention } from '../kafka/ensure-topics';
import { DEFAULT_RELAY_BATCH_SIZE } from '../outbox/outbox-relay';
import { EdgeConfig, readEdgeConfig, SUBGRAPH_EDGE_DEFAULTS } from './edge-config';
import { EnvReader, Env } from './env';
import { DatabaseTls, readDatabaseTls } from '../db/database-tls';
import { KafkaSecurity, readKafkaSecurity } from '../kafka/kafka-security';
import { readTopicSettings, TopicSettings } from '../kafka/topic-settings';

export const SERVICE_NAMES = ['people', 'consultations', 'governance', 'feedback'] as const;
export type ServiceName = (typeof SERVICE_NAMES)[number];

export const DEFAULT_PORTS: Record<ServiceName, number> = {
  people: 4001,
  consultations: 4002,
  governance: 4003,
  feedback: 4004,
};

/**
 * The documented local-only HS256 secret. Refused when NODE_ENV=production, so a
 * deployment cannot run with it by accident.
 */
export const DEV_JWT_SECRET = 'voicegraph-local-development-secret-change-me';

/**
 * The documented local-only key of erasure tombstones (HMAC of erased people's ids). Refused
 * when NODE_ENV=production: anyone holding the key can test whether an id was erased.
 */
export const DEV_ERASURE_KEY = 'voicegraph-local-erasure-tombstone-key-change-me';

export interface AuthConfig {
  /** HS256 shared secret (local use). */
  secret?: string;
  /** RS256 via a JWKS document (production). */
  jwksUrl?: string;
  issuer: string;
  audience: string;
  /** Verified tokens remembered per process (VOICEGRAPH_TOKEN_CACHE_ENTRIES; 0 = off). */
  tokenCacheEntries?: number;
  /** Longest a token may live, `exp` − `iat` (VOICEGRAPH_TOKEN_MAX_LIFETIME_SECONDS). */
  maxLifetimeSeconds?: number;
  /** Tolerance for clocks that differ, on exp, nbf and iat (VOICEGRAPH_TOKEN_CLOCK_SKEW_SECONDS). */
  clockSkewSeconds?: number;
}

export interface ServiceConfig {
  service: ServiceName;
  port: number;
  host: string;
  databaseUrl: string;
  kafkaBrokers: string[];
  kafkaClientId: string;
  /** Retention the service sets on its topics (KAFKA_TOPIC_RETENTION_MS, KAFKA_TOPIC_SEGMENT_MS). */
  topicRetention: TopicRetention;
  /** Partitions, copies and min.insync.replicas of its topics (KAFKA_TOPIC_*). */
  topics: TopicSettings;
  /** TLS and SASL to Kafka (KAFKA_SSL_*, KAFKA_SASL_*). */
  kafkaSecurity: KafkaSecurity;
  /** TLS to Postgres (DATABASE_SSL_MODE, DATABASE_SSL_CA_FILE). */
  databaseTls: DatabaseTls;
  auth: AuthConfig;
  logLevel: string;
  /** Postgres connections per process (DATABASE_POOL_SIZE). */
  databasePoolSize: number;
  /** Outbox relay: rows per Kafka batch and the fallback poll interval. */
  relayBatchSize: number;
  relayPollMs: number;
  /** Consumer: attempts before an event is parked in the dead-letter table. */
  consumerMaxAttempts: number;
  /** Key of the erasure tombstones (VOICEGRAPH_ERASURE_KEY); the same in every service. */
  erasureKey: string;
  /** Where the JSON Schemas of the event catalogue live. */
  eventSchemaDir?: string;
  /** Free-form service settings (e.g. FEEDBACK_DUE_DAYS), validated by the service. */
  env: Env;
  /** Query, HTTP and CORS limits, production surfaces (see config/edge-config.ts). */
  edge: EdgeConfig;
  /** Longest a single SQL statement may run (DATABASE_STATEMENT_TIMEOUT_MS). */
  statementTimeoutMs: number;
}

export function readAuthConfig(reader: EnvReader, production: boolean): AuthConfig {
  const jwksUrl = reader.optional('VOICEGRAPH_JWKS_URL');
  const secret = reader.optional('VOICEGRAPH_JWT_SECRET') ?? (jwksUrl ? undefined : DEV_JWT_SECRET);
  if (production && secret === DEV_JWT_SECRET) {
    reader.problem(
      'VOICEGRAPH_JWT_SECRET must be set to a real secret (or use VOICEGRAPH_JWKS_URL) when NODE_ENV=production',
    );
  }
  if (secret !== undefined && secret.length < 32) {
    reader.problem('VOICEGRAPH_JWT_SECRET must be at least 32 characters');
  }
  if (jwksUrl) reader.url('VOICEGRAPH_JWKS_URL');
  return {
    secret,
    jwksUrl,
    issuer: reader.string('VOICEGRAPH_JWT_ISSUER', 'voicegraph'),
    audience: reader.string('VOICEGRAPH_JWT_AUDIENCE', 'voicegraph'),
    tokenCacheEntries: reader.int('VOICEGRAPH_TOKEN_CACHE_ENTRIES', 10_000, 0, 1_000_000),
    maxLifetimeSeconds: reader.int('VOICEGRAPH_TOKEN_MAX_LIFETIME_SECONDS', 12 * 3600, 60, 7 * 86_400),
    clockSkewSeconds: reader.int('VOICEGRAPH_TOKEN_CLOCK_SKEW_SECONDS', 30, 0, 300),
  };
}

export function readErasureKey(reader: EnvReader, production: boolean): string {
  const key = reader.string('VOICEGRAPH_ERASURE_KEY', DEV_ERASURE_KEY);
  if (production && key === DEV_ERASURE_KEY)
    reader.problem('VOICEGRAPH_ERASURE_KEY must be set to a real secret (32+ characters) when NODE_ENV=production');
  if (key.length < 32) reader.problem('VOICEGRAPH_ERASURE_KEY must be at least 32 characters');
  return key;
}

/** The log forgets on schedule: at most 90 days, and a segment no longer than the retention. */
export function readTopicRetention(reader: EnvReader): TopicRetention {
  const day = 86_400_000;
  const retentionMs = reader.int('KAFKA_TOPIC_RETENTION_MS', DEFAULT_TOPIC_RETENTION.retentionMs, 1000, 90 * day);
  const segmentMs = reader.int(
    'KAFKA_TOPIC_SEGMENT_MS',
    Math.min(DEFAULT_TOPIC_RETENTION.segmentMs, retentionMs),
    1000,
    90 * day,
  );
  if (segmentMs > retentionMs)
    reader.problem('KAFKA_TOPIC_SEGMENT_MS must not be longer than KAFKA_TOPIC_RETENTION_MS');
  return { retentionMs, segmentMs };
}

/** Validated configuration for one subgraph, from the environment, with safe local defaults. */
export function loadServiceConfig(service: ServiceName, env: Env = process.env): ServiceConfig {
  const reader = new EnvReader(env);
  const production = env.NODE_ENV === 'production';
  const localDb = `postgres://vg_${service}:vg_${service}@127.0.0.1:5432/voicegraph`;
  const config: ServiceConfig = {
    service,
    port: reader.int('PORT', DEFAULT_PORTS[service], 0, 65535),
    host: reader.string('HOST', '0.0.0.0'),
    databaseUrl: reader.url('DATABASE_URL', production ? undefined : localDb, ['postgres:', 'postgresql:']),
    databasePoolSize: reader.int('DATABASE_POOL_SIZE', 10, 1, 500),
    kafkaBrokers: reader.list('KAFKA_BROKERS', ['127.0.0.1:19092']),
    kafkaClientId: reader.string('KAFKA_CLIENT_ID', `voicegraph-${service}`),
    topicRetention: readTopicRetention(reader),
    topics: readTopicSettings(reader, production),
    kafkaSecurity: readKafkaSecurity(reader, production),
    databaseTls: readDatabaseTls(reader, production),
    auth: readAuthConfig(reader, production),
    logLevel: reader.oneOf(
      'LOG_LEVEL',
      ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const,
      'info',
    ),
    relayBatchSize: reader.int('OUTBOX_BATCH_SIZE', DEFAULT_RELAY_BATCH_SIZE, 1, 10000),
    relayPollMs: reader.int('OUTBOX_POLL_MS', 2000, 50, 600000),
    consumerMaxAttempts: reader.int('CONSUMER_MAX_ATTEMPTS', 5, 1, 100),
    erasureKey: readErasureKey(reader, production),
    eventSchemaDir: reader.optional('VOICEGRAPH_EVENT_SCHEMA_DIR'),
    env,
    edge: readEdgeConfig(reader, env, SUBGRAPH_EDGE_DEFAULTS),
    statementTimeoutMs: reader.int('DATABASE_STATEMENT_TIMEOUT_MS', 15_000, 100, 3_600_000),
  };
  if (config.kafkaBrokers.length === 0) reader.problem('KAFKA_BROKERS must name at least one broker (host:port)');
  reader.done();
  return config;
}

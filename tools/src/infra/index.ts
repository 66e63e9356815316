export { repoRoot, cacheDir, dataDir } from './paths';
export type { LocalKafkaOptions, LocalKafka, KafkaConnection } from './kafka-broker';
export {
  ensureKafkaJars,
  startLocalKafka,
  stopLocalKafka,
  ensureKafka,
  localKafkaStatus,
  brokerAnswers,
} from './kafka-broker';
export type { ServiceName, PostgresHandle } from './postgres';
export {
  SERVICES,
  LOCAL_ADMIN_URL,
  ensurePostgres,
  probePostgres,
  serviceRole,
  serviceDatabaseUrl,
  gatewayDatabaseUrl,
  bootstrapDatabase,
  resetDatabase,
  dropDatabase,
  withDatabase,
  redactUrl,
} from './postgres';
export type { Infrastructure } from './infrastructure';
export { ensureInfrastructure } from './infrastructure';

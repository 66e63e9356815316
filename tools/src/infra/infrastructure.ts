import { ensureKafka, stopLocalKafka } from './kafka-broker';
import { infraLog } from './log';
import { ServiceName, bootstrapDatabase, ensurePostgres, gatewayDatabaseUrl } from './postgres';

export interface Infrastructure {
  /** Superuser URL (bootstrap only; services use serviceUrls). */
  adminUrl: string;
  /** Each service's own connection URL (role vg_<service>, database `database`). */
  serviceUrls: Record<ServiceName, string>;
  /** The gateway's own connection URL (role vg_gateway: the rate limit's counters). */
  gatewayUrl: string;
  brokers: string[];
  /** Stops only what this call started (an embedded Postgres, the local Kafka broker). */
  stop(): Promise<void>;
}

/**
 * PostgreSQL (bootstrapped with `database`, its roles and schemas) and Kafka, started or reused
 * in parallel. See ensurePostgres and ensureKafka for where each comes from.
 */
export async function ensureInfrastructure(opts: { database: string }): Promise<Infrastructure> {
  const started = Date.now();
  const [pgSettled, kafkaSettled] = await Promise.allSettled([ensurePostgres(), ensureKafka()]);
  if (pgSettled.status === 'rejected' || kafkaSettled.status === 'rejected') {
    // Undo whatever half did start before reporting the failure.
    if (pgSettled.status === 'fulfilled') await pgSettled.value.stop();
    if (kafkaSettled.status === 'fulfilled' && kafkaSettled.value.startedHere) await stopLocalKafka();
    throw pgSettled.status === 'rejected' ? pgSettled.reason : (kafkaSettled as PromiseRejectedResult).reason;
  }
  const pg = pgSettled.value;
  const kafka = kafkaSettled.value;
  const stop = async (): Promise<void> => {
    if (kafka.startedHere) await stopLocalKafka();
    await pg.stop();
  };
  let serviceUrls: Record<ServiceName, string>;
  try {
    serviceUrls = await bootstrapDatabase(pg.adminUrl, opts.database);
  } catch (err) {
    await stop();
    throw err;
  }
  infraLog(
    `infrastructure ready in ${((Date.now() - started) / 1000).toFixed(1)}s: database ${opts.database}, Kafka ${kafka.brokers.join(',')}`,
  );
  return {
    adminUrl: pg.adminUrl,
    serviceUrls,
    gatewayUrl: gatewayDatabaseUrl(pg.adminUrl, opts.database),
    brokers: kafka.brokers,
    stop,
  };
}

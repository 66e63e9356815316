import { VerifiedTls } from './database-tls';
import { DataSource, DataSourceOptions as TypeOrmOptions, MigrationInterface } from 'typeorm';
import { PlatformErasureTombstones1764900000000 } from './erasure-tombstones.migration';
import { PlatformIdempotencyKeys1765200000000 } from './idempotency-keys.migration';
import { PlatformTables1763800000000 } from './platform-tables.migration';
import { QueryCountingLogger } from './query-counter';

/** A migration class, as TypeORM takes them: constructed by TypeORM itself. */
export type MigrationClass = new () => MigrationInterface;

export interface DataSourceOptions {
  url: string;
  schema: string;
  entities: TypeOrmOptions['entities'];
  migrations: MigrationClass[];
  poolSize?: number;
  applicationName?: string;
  /** TLS to the server (DATABASE_SSL_MODE=verify-full); undefined for a plain connection. */
  ssl?: VerifiedTls;
  /**
   * Postgres ends any statement running longer (statement_timeout, set on every connection):
   * a runaway query cannot hold a connection and its locks. The bootstrap also sets it on
   * each service role, for connections made outside the service.
   */
  statementTimeoutMs?: number;
}

/** A TypeORM data source on the service's own schema and role. Never `synchronize`: migrations only. */
export function createDataSource(options: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    schema: options.schema,
    entities: options.entities,
    migrations: [
      PlatformTables1763800000000,
      ...options.migrations,
      PlatformErasureTombstones1764900000000,
      PlatformIdempotencyKeys1765200000000,
    ],
    migrationsTableName: 'migrations',
    synchronize: false,
    migrationsRun: false,
    applicationName: options.applicationName ?? `voicegraph-${options.schema}`,
    poolSize: options.poolSize ?? 10,
    ...(options.ssl ? { ssl: options.ssl } : {}),
    extra: {
      connectionTimeoutMillis: 5000,
      // Set here, it overrides the role's default (0: no limit, for bulk loading tools only). Sent
      // as a startup option, not pg's `statement_timeout`, which drops a 0 and so kept the role's limit.
      ...(options.statementTimeoutMs !== undefined
        ? { options: `-c statement_timeout=${Math.trunc(options.statementTimeoutMs)}` }
        : {}),
    },
    // Counts statements for GET /metrics (and the benchmark's statements-per-request figure).
    logger: new QueryCountingLogger(options.schema),
  });
}

/** Runs pending migrations under an advisory lock, so replicas starting together do not race. */
export async function migrate(dataSource: DataSource): Promise<string[]> {
  const schema = (dataSource.options as { schema?: string }).schema ?? 'public';
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock(hashtext($1))', [`voicegraph.migrations.${schema}`]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await runner
      .query('SELECT pg_advisory_unlock(hashtext($1))', [`voicegraph.migrations.${schema}`])
      .catch(() => undefined);
    await runner.release();
  }
}

import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { createDataSource, migrate, OutboxRelay } from '@voicegraph/platform';
import { DataSource } from 'typeorm';

/**
 * A throwaway schema with the platform tables (outbox, inbox, dead_letter, audit_log) and an
 * `applied` table, owned by a service role, for testing the outbox and inbox on the real database.
 */
export async function scratchSchema(): Promise<{
  dataSource: DataSource;
  schema: string;
  databaseUrl: string;
  drop(): Promise<void>;
}> {
  const adminUrl = process.env.DATABASE_ADMIN_URL;
  const databaseUrl = process.env.VOICEGRAPH_TEST_FEEDBACK_DATABASE_URL;
  const database = process.env.VOICEGRAPH_TEST_DATABASE;
  if (!adminUrl || !databaseUrl || !database)
    throw new Error('scratchSchema needs the integration globalSetup environment');
  const schema = `scratch_${randomUUID().slice(0, 8)}`;
  const admin = new Client({ connectionString: withDatabase(adminUrl, database) });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema} AUTHORIZATION vg_feedback`);
  await admin.end();
  const dataSource = createDataSource({ url: databaseUrl, schema, entities: [], migrations: [], poolSize: 12 });
  await dataSource.initialize();
  await migrate(dataSource);
  await dataSource.query(
    `CREATE TABLE ${schema}.applied (event_id uuid NOT NULL, subject uuid NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
  );
  return {
    dataSource,
    schema,
    databaseUrl,
    async drop() {
      if (dataSource.isInitialized) await dataSource.destroy();
      const client = new Client({ connectionString: withDatabase(adminUrl, database) });
      await client.connect();
      await client.query(`DROP SCHEMA ${schema} CASCADE`);
      await client.end();
    },
  };
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

type RelayOptions = ConstructorParameters<typeof OutboxRelay>[0];

/** A relay of a scratch store's outbox to `kafka`, not started yet; `options` tune it (batchSize, pollMs). */
export function relayOver(
  store: { dataSource: DataSource; databaseUrl: string; schema: string },
  kafka: RelayOptions['kafka'],
  logger: RelayOptions['logger'],
  options: Partial<RelayOptions> = {},
): OutboxRelay {
  return new OutboxRelay({
    dataSource: store.dataSource,
    databaseUrl: store.databaseUrl,
    schema: store.schema,
    kafka,
    logger,
    ...options,
  });
}

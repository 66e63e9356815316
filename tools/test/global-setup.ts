import { ensureInfrastructure } from '../src/infra/infrastructure';
import { resetDatabase, SERVICES } from '../src/infra/postgres';
import { hasInfrastructure, rememberInfrastructure } from './shared-infra';

/**
 * The database the integration tests share; reset to empty schemas at the start of every run.
 * Set VOICEGRAPH_TEST_DATABASE to give a parallel run its own database.
 */
export const TEST_DATABASE = process.env.VOICEGRAPH_TEST_DATABASE ?? 'voicegraph_test';

/**
 * Jest globalSetup for the `integration` project: makes Postgres and Kafka available (starting
 * them only if needed), resets the `voicegraph_test` database, and publishes where they are
 * through the environment, which every test file inherits:
 *   DATABASE_ADMIN_URL, KAFKA_BROKERS, VOICEGRAPH_TEST_DATABASE,
 *   VOICEGRAPH_TEST_<SERVICE>_DATABASE_URL (PEOPLE, CONSULTATIONS, GOVERNANCE, FEEDBACK).
 */
export default async function globalSetup(): Promise<void> {
  if (hasInfrastructure()) return; // the other project that shares it already set up this run
  const infra = await ensureInfrastructure({ database: TEST_DATABASE });
  rememberInfrastructure(infra);
  const serviceUrls = await resetDatabase(infra.adminUrl, TEST_DATABASE);
  process.env.DATABASE_ADMIN_URL = infra.adminUrl;
  process.env.KAFKA_BROKERS = infra.brokers.join(',');
  process.env.VOICEGRAPH_TEST_DATABASE = TEST_DATABASE;
  for (const service of SERVICES) {
    process.env[`VOICEGRAPH_TEST_${service.toUpperCase()}_DATABASE_URL`] = serviceUrls[service];
  }
}

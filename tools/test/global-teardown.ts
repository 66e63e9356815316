import { takeInfrastructure } from './shared-infra';

/**
 * Jest globalTeardown for the `integration` project: stops what globalSetup started (an embedded
 * Postgres, the local Kafka broker), unless VOICEGRAPH_KEEP_INFRA=1 asks to keep them for the next run.
 */
export default async function globalTeardown(): Promise<void> {
  const infra = takeInfrastructure();
  if (!infra || process.env.VOICEGRAPH_KEEP_INFRA === '1') return;
  await infra.stop();
}

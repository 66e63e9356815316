import { Kafka, logLevel } from 'kafkajs';
import { Pool } from 'pg';
import { Notifier } from './notifier';
import { NotificationStore } from './store';

export * from './notifier';
export * from './store';

/** Runs the notifier from the environment; Ctrl-C (SIGINT) or SIGTERM stops it cleanly. */
async function main(env = process.env): Promise<void> {
  const erasureKey = env.NOTIFICATIONS_ERASURE_KEY;
  if (!erasureKey) throw new Error('NOTIFICATIONS_ERASURE_KEY is required (a secret for the erased-people hashes).');
  const pool = new Pool({ connectionString: env.DATABASE_URL ?? 'postgres://127.0.0.1:5432/notifications' });
  const store = new NotificationStore(pool, env.NOTIFICATIONS_SCHEMA ?? 'notifications', erasureKey);
  await store.migrate();
  const kafka = new Kafka({
    clientId: 'voicegraph-notifications-example',
    brokers: (env.KAFKA_BROKERS ?? '127.0.0.1:19092').split(','),
    logLevel: logLevel.WARN,
  });
  const notifier = new Notifier({
    kafka,
    store,
    groupId: env.NOTIFICATIONS_GROUP_ID ?? 'voicegraph-notifications-example',
    onNotified: (feedbackId, people) =>
      process.stdout.write(`feedback ${feedbackId}: told ${people.length} young people\n`),
    log: (message) => process.stderr.write(`${message}\n`),
  });
  await notifier.start();
  const stop = () => void notifier.stop().then(() => pool.end());
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (require.main === module) {
  main().catch((error: Error) => {
    process.stderr.write(`notifications: ${error.message}\n`);
    process.exitCode = 1;
  });
}

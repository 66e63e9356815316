import { ensureInfrastructure } from './infra/infrastructure';

/** `npm run infra:up`: Postgres (bootstrapped) and the local Kafka broker, left running. */
ensureInfrastructure({ database: process.env.VOICEGRAPH_DATABASE ?? 'voicegraph' }).then(
  (infra) => {
    process.stdout.write(
      `Postgres: ${infra.serviceUrls.people.replace(/\/\/[^@]*@/, '//…@')} (one role per service)\nKafka: ${infra.brokers.join(',')}\nStop Kafka with: npm run kafka:stop\n`,
    );
  },
  (error: Error) => {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  },
);

import { stopLocalKafka } from './infra/kafka-broker';

/** `npm run kafka:stop`: stops the local broker started by `npm start`, `npm test` or `infra:up`. */
stopLocalKafka().then(
  () => process.stdout.write('Local Kafka broker stopped.\n'),
  (error: Error) => {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  },
);

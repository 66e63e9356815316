import { startKafkaCluster, stopKafkaCluster } from './infra/kafka-cluster';

/**
 * `npm run kafka:cluster` starts the local three-node KRaft cluster (RF 3, min.insync.replicas=2)
 * and prints its KAFKA_BROKERS; `npm run kafka:cluster:stop` stops it (`-- --wipe` also deletes
 * its data). KAFKA_CLUSTER_PORT moves it (default 19192: nodes on 19192, 19194, 19196).
 */
async function main(argv: string[]): Promise<void> {
  const [command = 'start', ...flags] = argv;
  if (command === 'start') {
    const cluster = await startKafkaCluster();
    process.stdout.write(`Kafka cluster running: KAFKA_BROKERS=${cluster.brokers.join(',')}\n`);
  } else if (command === 'stop') {
    await stopKafkaCluster({}, flags.includes('--wipe'));
    process.stdout.write('Kafka cluster stopped.\n');
  } else {
    throw new Error(`Unknown command "${command}": use start, or stop [--wipe].`);
  }
}

main(process.argv.slice(2)).catch((error: Error) => {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
});

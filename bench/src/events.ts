import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { createDataSource, createKafka, createLogger, ensureTopics, migrate, OutboxRelay } from '@voicegraph/platform';
import { withDatabase } from '@voicegraph/tools/dist/infra';
import { loadRound, percentile } from './load';
import { round } from './process-stats';
import { BENCH_DATABASE } from './ports';
import { Workload } from './workloads';
import { setTimeout as sleep } from 'node:timers/promises';

export interface LatencyResult {
  /** Which writes: one young person repeating (best case) or distinct young people. */
  traffic: Workload['traffic'];
  targetRate: number;
  seconds: number;
  sent: number;
  achievedRate: number;
  received: number;
  p50: number;
  p99: number;
  max: number;
  requestP99: number;
  errors: number;
  /**
   * The relay's share: event `time` → the Kafka message's timestamp (set by the relay's producer
   * as it sends the batch), p50 and p99. The rest of commit-to-consumer is the broker and the reader.
   */
  relayP50: number;
  relayP99: number;
}

/**
 * Commit-to-consumer latency: mutations at a fixed rate through the gateway while a kafkajs
 * consumer (a fresh group, reading from the end) takes `Date.now() - Date.parse(event.time)`
 * for each ContributionSubmitted of the bench partnership. `time` is stamped in the writing
 * transaction, just before commit, so this is commit → relay → Kafka → consumer.
 */
export async function commitToConsumer(
  brokers: string[],
  gatewayUrl: string,
  workload: Workload,
  partnershipId: string,
  rate: number,
  seconds: number,
): Promise<LatencyResult> {
  const kafka = createKafka('voicegraph-bench', brokers, createLogger('bench', 'error'));
  const consumer = kafka.consumer({ groupId: `voicegraph-bench-latency-${randomUUID()}`, maxWaitTimeInMs: 20 });
  const latencies: number[] = [];
  const relayed: number[] = [];
  const joined = new Promise<void>((resolve) => {
    consumer.on(consumer.events.GROUP_JOIN, () => resolve());
  });
  await consumer.connect();
  await consumer.subscribe({ topics: ['consultations.contribution.v1'], fromBeginning: false });
  await consumer.run({
    eachMessage: async ({ message }) => {
      const received = Date.now();
      const event = JSON.parse(message.value?.toString('utf8') ?? '{}') as {
        type?: string;
        time?: string;
        data?: { partnershipId?: string };
      };
      if (
        event.type?.endsWith('ContributionSubmitted.v1') &&
        event.data?.partnershipId === partnershipId &&
        event.time
      ) {
        latencies.push(received - Date.parse(event.time));
        relayed.push(Number(message.timestamp) - Date.parse(event.time));
      }
    },
  });
  await joined;
  await sleep(1000); // let the group settle at the log end
  // Enough connections that the rate, not request latency, sets the pace (20 could not reach 200/s on a slower machine).
  const load = await loadRound(gatewayUrl, workload.operations, 50, seconds, rate, workload.traffic);
  const deadline = Date.now() + 10_000;
  while (latencies.length < load.requests - load.errors && Date.now() < deadline) await sleep(100);
  await consumer.disconnect();
  latencies.sort((a, b) => a - b);
  relayed.sort((a, b) => a - b);
  return {
    traffic: workload.traffic,
    targetRate: rate,
    seconds,
    sent: load.requests,
    achievedRate: round(load.requests / seconds, 1),
    received: latencies.length,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    max: latencies[latencies.length - 1] ?? NaN,
    requestP99: load.p99,
    errors: load.errors,
    relayP50: percentile(relayed, 50),
    relayP99: percentile(relayed, 99),
  };
}

export interface RelayResult {
  events: number;
  seconds: number;
  eventsPerSecond: number;
}

/**
 * Relay throughput: `events` outbox rows written with no relay running (scratch schema
 * bench_relay in vg_bench, 200 aggregates, topic bench.relay.v1 that no service reads), then
 * one OutboxRelay (the platform's, shipped batch size) started and timed until it has drained.
 */
export async function relayThroughput(
  adminUrl: string,
  feedbackUrl: string,
  brokers: string[],
  events: number,
): Promise<RelayResult> {
  const schema = 'bench_relay';
  const admin = new Client({ connectionString: withDatabase(adminUrl, BENCH_DATABASE) });
  await admin.connect();
  await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await admin.query(`CREATE SCHEMA ${schema} AUTHORIZATION vg_feedback`);
  await admin.end();
  const dataSource = createDataSource({ url: feedbackUrl, schema, entities: [], migrations: [] });
  await dataSource.initialize();
  const logger = createLogger('bench-relay', 'error');
  const kafka = createKafka('voicegraph-bench-relay', brokers, logger);
  let relay: OutboxRelay | undefined;
  try {
    await migrate(dataSource);
    await ensureTopics(kafka, ['bench.relay.v1']);
    await dataSource.query(
      `INSERT INTO ${schema}.outbox (event_id, topic, key, event_type, envelope)
       SELECT u, 'bench.relay.v1', md5((i % 200)::text)::uuid::text, 'voicegraph.bench.Relayed.v1',
              jsonb_build_object('specversion', '1.0', 'id', u, 'source', 'voicegraph/bench', 'type', 'voicegraph.bench.Relayed.v1',
                'subject', md5((i % 200)::text)::uuid, 'time', now(), 'datacontenttype', 'application/json', 'data', jsonb_build_object('n', i))
       FROM (SELECT gen_random_uuid() AS u, i FROM generate_series(1, $1) AS i) rows`,
      [events],
    );
    relay = new OutboxRelay({ dataSource, databaseUrl: feedbackUrl, schema, kafka, logger });
    const started = process.hrtime.bigint();
    await relay.start();
    const deadline = Date.now() + 120_000;
    while (relay.published < events && Date.now() < deadline) await sleep(5);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    return {
      events: relay.published,
      seconds: round(seconds, 3),
      eventsPerSecond: round(relay.published / seconds, 0),
    };
  } finally {
    await relay?.stop();
    await dataSource.query(`DROP TABLE IF EXISTS ${schema}.outbox CASCADE`).catch(() => undefined);
    await dataSource.destroy();
  }
}

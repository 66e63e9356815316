import { randomUUID } from 'node:crypto';
import { createKafka, createLogger, DEV_ERASURE_KEY, EventConsumer, KeepConsuming } from '@voicegraph/platform';
import { scratchSchema } from './scratch-schema';
import { subjectsOnTopic } from './topic-contents';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource } from 'typeorm';

export type ScratchStore = Awaited<ReturnType<typeof scratchSchema>>;

export interface AppliedConsumerOptions {
  /** Where the events are (default: the test broker, KAFKA_BROKERS). */
  brokers?: string[];
  topic: string;
  /** The CloudEvent type to apply: each is recorded in the store's `applied` table, in its inbox transaction. */
  type: string;
  /** Names the consumer group (`<name>-<uuid>`, a group of its own) and the Kafka client. */
  name: string;
}

export const testBrokers = (): string[] => (process.env.KAFKA_BROKERS ?? '127.0.0.1:19092').split(',');

/**
 * A consumer as a service runs one (EventConsumer with its inbox, replaced by KeepConsuming when
 * it crashes) that records each event of `type` in `store`'s `applied` table; connected when returned.
 */
export async function startAppliedConsumer(
  store: ScratchStore,
  options: AppliedConsumerOptions,
): Promise<KeepConsuming> {
  const logger = createLogger('test', 'silent');
  const kafka = createKafka(`${options.name}-test`, options.brokers ?? testBrokers(), logger);
  const create = () =>
    new EventConsumer({
      kafka,
      groupId: `${options.name}-${randomUUID()}`,
      dataSource: store.dataSource,
      schema: store.schema,
      topics: [options.topic],
      logger,
      erasureKey: DEV_ERASURE_KEY,
      handlers: {
        [options.type]: async (event, tx) => {
          await tx.query(`INSERT INTO ${store.schema}.applied (event_id, subject) VALUES ($1, $2)`, [
            event.id,
            event.subject,
          ]);
        },
      },
    });
  const consumer = new KeepConsuming(kafka, [options.topic], create, logger);
  consumer.start();
  if (!(await consumer.waitUntilConnected(60_000))) {
    await consumer.stop();
    throw new Error(`the ${options.name} consumer could not connect to Kafka within 60 s`);
  }
  return consumer;
}

/** How many of `subjects` were applied at all, and the most times any one of them was. */
export async function appliedCounts(
  store: ScratchStore,
  subjects: string[],
): Promise<{ applied: number; most: number }> {
  const rows = await store.dataSource.query(
    `SELECT count(*)::int AS applied, coalesce(max(c), 0)::int AS most
       FROM (SELECT count(*) AS c FROM ${store.schema}.applied WHERE subject::text = ANY($1::text[]) GROUP BY subject) t`,
    [subjects],
  );
  return rows[0];
}

/**
 * Waits until every one of `subjects` (acknowledged mutations) was applied, then returns the
 * counts. When time runs out it reads the whole topic from offset 0 and fails saying which
 * events were lost (never in the log) and which stalled (in the log, not applied).
 */
export async function waitUntilAllApplied(
  store: ScratchStore,
  subjects: string[],
  where: { brokers?: string[]; topic: string; outbox?: { dataSource: DataSource; schema: string } },
  timeoutMs: number,
): Promise<{ applied: number; most: number }> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const counts = await appliedCounts(store, subjects);
    if (counts.applied === subjects.length) return counts;
    if (Date.now() > deadline) break;
    await sleep(500);
  }
  const rows: { subject: string }[] = await store.dataSource.query(
    `SELECT DISTINCT subject::text AS subject FROM ${store.schema}.applied WHERE subject::text = ANY($1::text[])`,
    [subjects],
  );
  const applied = new Set(rows.map((r) => r.subject));
  const missing = subjects.filter((s) => !applied.has(s));
  const inLog = await subjectsOnTopic(where.brokers ?? testBrokers(), where.topic);
  const lost = missing.filter((s) => !inLog.has(s));
  const stalled = missing.filter((s) => inLog.has(s));
  // Not lost if its row still waits in the producing service's outbox (the relay is behind).
  const queued: { key: string }[] = where.outbox
    ? await where.outbox.dataSource.query(`SELECT key FROM ${where.outbox.schema}.outbox WHERE key = ANY($1::text[])`, [
        lost,
      ])
    : [];
  throw new Error(
    `after ${timeoutMs} ms ${missing.length} of ${subjects.length} acknowledged events were not applied: ` +
      `${lost.length} not in any partition of ${where.topic} from offset 0 (${lost.slice(0, 5).join(', ')}), ` +
      `of which ${queued.length} still wait in the outbox and ${lost.length - queued.length} were lost, ` +
      `${stalled.length} stalled (in the log, not applied: ${stalled.slice(0, 5).join(', ')})`,
  );
}

import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { qualified } from '../outbox/outbox-row';
import { Gauge } from './registry';

interface Source {
  schema: string;
  pool: Pool;
}

const sources = new Map<string, Source>();

const BACKLOG_SQL = (schema: string) => `
  SELECT (SELECT count(*) FROM ${qualified(schema, 'outbox')})::float8 AS backlog,
         COALESCE((SELECT extract(epoch FROM now() - min(created_at)) FROM ${qualified(schema, 'outbox')}), 0)::float8 AS age,
         (SELECT count(*) FROM ${qualified(schema, 'dead_letter')})::float8 AS parked`;

let reading: Promise<void> | undefined;

/**
 * Read at scrape time, one statement per service, on the pool directly so that the scrape is not
 * counted in voicegraph_sql_statements_total (the benchmark's statements-per-request figure).
 * prom-client collects all metrics of a scrape concurrently: the three gauges share one read.
 */
function readAll(): Promise<void> {
  reading ??= Promise.all([...sources.values()].map(readSource)).then(() => {
    reading = undefined;
  });
  return reading;
}

const outboxBacklog = new Gauge({
  name: 'voicegraph_outbox_backlog',
  help: 'Outbox rows not yet published to Kafka (read at scrape time).',
  labelNames: ['service'] as const,
  collect: readAll,
});

const outboxAge = new Gauge({
  name: 'voicegraph_outbox_oldest_age_seconds',
  help: 'Age of the oldest unpublished outbox row; 0 when the outbox is empty.',
  labelNames: ['service'] as const,
  collect: readAll,
});

const deadLetterRows = new Gauge({
  name: 'voicegraph_dead_letter_rows',
  help: 'Events parked in dead_letter waiting for an operator (read at scrape time).',
  labelNames: ['service'] as const,
  collect: readAll,
});

async function readSource({ schema, pool }: Source): Promise<void> {
  try {
    const { rows } = await pool.query<{ backlog: number; age: number; parked: number }>(BACKLOG_SQL(schema));
    outboxBacklog.set({ service: schema }, rows[0].backlog);
    outboxAge.set({ service: schema }, rows[0].age);
    deadLetterRows.set({ service: schema }, rows[0].parked);
  } catch {
    // Database unreachable: report nothing rather than a stale figure (readiness says why).
    outboxBacklog.remove({ service: schema });
    outboxAge.remove({ service: schema });
    deadLetterRows.remove({ service: schema });
  }
}

/** Reports this service's outbox backlog, its age and its dead letters on /metrics until the returned function is called. */
export function watchOutbox(dataSource: DataSource, schema: string): () => void {
  const pool = (dataSource.driver as unknown as { master: Pool }).master;
  sources.set(schema, { schema, pool });
  return () => {
    if (sources.get(schema)?.pool !== pool) return;
    sources.delete(schema);
    outboxBacklog.remove({ service: schema });
    outboxAge.remove({ service: schema });
    deadLetterRows.remove({ service: schema });
  };
}

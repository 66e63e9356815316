import { Logger as TypeOrmLogger } from 'typeorm';

/**
 * Process-wide counters the platform exposes on `GET /metrics` (Prometheus text format).
 * Plain numbers incremented in place: cheap enough to stay on in production.
 */
export const platformCounters = {
  /** SQL statements sent through any TypeORM data source of this process (BEGIN/COMMIT included). */
  sqlStatements: 0,
  /** SQL statements that failed. */
  sqlErrors: 0,
  /** Events the outbox relay of this process published to Kafka. */
  outboxPublished: 0,
};

/**
 * A TypeORM logger that only counts: no formatting, no output. createDataSource installs it,
 * so every query (repositories, query builders, raw `query`, transactions) is counted.
 */
export class QueryCountingLogger implements TypeOrmLogger {
  logQuery(): void {
    platformCounters.sqlStatements += 1;
  }

  logQueryError(): void {
    platformCounters.sqlErrors += 1;
  }

  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

/** The counters in Prometheus text exposition format. */
export function renderMetrics(counters: typeof platformCounters = platformCounters): string {
  const metric = (name: string, help: string, value: number) =>
    `# HELP ${name} ${help}\n# TYPE ${name} counter\n${name} ${value}\n`;
  return [
    metric(
      'voicegraph_sql_statements_total',
      'SQL statements sent to Postgres by this process.',
      counters.sqlStatements,
    ),
    metric('voicegraph_sql_errors_total', 'SQL statements that failed.', counters.sqlErrors),
    metric(
      'voicegraph_outbox_published_total',
      "Events published to Kafka by this process's outbox relay.",
      counters.outboxPublished,
    ),
  ].join('');
}

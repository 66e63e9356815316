import { createDataSource, platformCounters, QueryCountingLogger, renderMetrics } from '@voicegraph/platform';

describe('QueryCountingLogger', () => {
  it('counts every logged statement and error, and nothing else', () => {
    const before = { ...platformCounters };
    const logger = new QueryCountingLogger();
    logger.logQuery();
    logger.logQuery();
    logger.logQuerySlow();
    logger.logQueryError();
    logger.log();
    expect(platformCounters.sqlStatements - before.sqlStatements).toBe(2);
    expect(platformCounters.sqlErrors - before.sqlErrors).toBe(1);
  });

  it('is the logger of every platform data source', () => {
    const dataSource = createDataSource({
      url: 'postgres://nobody@127.0.0.1:1/none',
      schema: 'people',
      entities: [],
      migrations: [],
    });
    expect(dataSource.logger).toBeInstanceOf(QueryCountingLogger);
  });

  it('renders Prometheus counters', () => {
    const text = renderMetrics({ sqlStatements: 42, sqlErrors: 1, outboxPublished: 7 });
    expect(text).toContain('# TYPE voicegraph_sql_statements_total counter\nvoicegraph_sql_statements_total 42\n');
    expect(text).toContain('voicegraph_sql_errors_total 1\n');
    expect(text).toContain('voicegraph_outbox_published_total 7\n');
  });
});

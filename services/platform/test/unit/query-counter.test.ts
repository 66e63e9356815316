import { createDataSource, metricsRegistry, QueryCountingLogger, sqlErrors, sqlStatements } from '@voicegraph/platform';

const valueOf = async (counter: typeof sqlStatements, service: string): Promise<number> =>
  (await counter.get()).values.find((v) => v.labels.service === service)?.value ?? 0;

describe('QueryCountingLogger', () => {
  it('counts every logged statement and error of its schema, and nothing else', async () => {
    const before = { statements: await valueOf(sqlStatements, 'counted'), errors: await valueOf(sqlErrors, 'counted') };
    const logger = new QueryCountingLogger('counted');
    logger.logQuery();
    logger.logQuery();
    logger.logQuerySlow();
    logger.logQueryError();
    logger.log();
    expect((await valueOf(sqlStatements, 'counted')) - before.statements).toBe(2);
    expect((await valueOf(sqlErrors, 'counted')) - before.errors).toBe(1);
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

  it('renders the statements in Prometheus text, one series per schema', async () => {
    new QueryCountingLogger('rendered').logQuery();
    const text = await metricsRegistry.metrics();
    expect(text).toContain('# TYPE voicegraph_sql_statements_total counter');
    expect(text).toMatch(/^voicegraph_sql_statements_total\{service="rendered"\} 1$/m);
  });
});

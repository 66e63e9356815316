import { createDataSource } from '@voicegraph/platform';

/** The limit a data source asks for is the one its connections run with, 0 (no limit) included. */
describe('statement_timeout of a data source', () => {
  const url = process.env.VOICEGRAPH_TEST_FEEDBACK_DATABASE_URL;

  async function timeoutWith(statementTimeoutMs: number | undefined): Promise<string> {
    if (!url) throw new Error('needs the integration globalSetup environment');
    const dataSource = createDataSource({ url, schema: 'feedback', entities: [], migrations: [], statementTimeoutMs });
    await dataSource.initialize();
    try {
      const rows: { statement_timeout: string }[] = await dataSource.query('SHOW statement_timeout');
      return rows[0].statement_timeout;
    } finally {
      await dataSource.destroy();
    }
  }

  it("a service's limit is set on every connection", async () => {
    expect(await timeoutWith(1234)).toBe('1234ms');
  });

  it('0 lifts the limit for a bulk loader, rather than leaving the role default in place', async () => {
    const roleDefault = await timeoutWith(undefined);
    expect(roleDefault).not.toBe('0'); // the precondition: the role has a limit of its own
    expect(await timeoutWith(0)).toBe('0');
  });
});

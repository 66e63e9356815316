import { Client } from 'pg';
import { startStack, waitFor } from '@voicegraph/testkit';

/**
 * A beforeAll that fails has no handle to stop what it started; a subgraph left running (its
 * pool, its consumers) outlives its test file, and Jest then fails the whole run.
 */
describe('startStack', () => {
  let db: Client;
  const peopleConnections = async (): Promise<number> =>
    (
      await db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'voicegraph-people'`,
      )
    ).rows[0].n;

  // A closed connection can stay listed for a moment while its backend exits; one left open stays.
  const backTo = (count: number) =>
    waitFor("the stack's connections to close", async () => (await peopleConnections()) === count, 5_000);

  beforeAll(async () => {
    db = new Client({ connectionString: process.env.VOICEGRAPH_TEST_PEOPLE_DATABASE_URL });
    await db.connect();
  });
  afterAll(() => db.end());

  it('holds database connections while a stack runs, and none once it is stopped', async () => {
    const before = await peopleConnections();
    // The relay on: it holds a pool of its own, which stopping must close too.
    const stack = await startStack(['people'], { consumers: false, jobs: false });
    expect(await peopleConnections()).toBeGreaterThan(before);
    await stack.stop();
    await backTo(before);
  });

  it('stops the subgraphs it started when a later part fails to start', async () => {
    const before = await peopleConnections();
    // The gateway starts after every subgraph: an error about its PORT means people was running.
    await expect(
      startStack(['people'], { relay: false, consumers: false, jobs: false }, { PORT: 'not a port' }),
    ).rejects.toThrow(/PORT/);
    await backTo(before);
  });
});

import { Client } from 'pg';
import {
  applyPartnershipsCreated,
  ChildService,
  CREATE_PARTNERSHIP,
  gql,
  PARTNERSHIP_TOPIC as TOPIC,
  PartnershipsApplied,
  spawnSubgraph,
  SteadyLoad,
  founderToken,
  waitFor,
  waitUntilAllApplied,
  waitUntilReady,
} from '@voicegraph/testkit';

/**
 * The people subgraph, run as its own process as `npm start` runs it, is killed with SIGKILL
 * while mutations flow and its relay publishes them; its supervisor starts it again. Every
 * acknowledged mutation is stored and its event arrives, applied once (inbox); the service is
 * ready again by itself.
 */
describe('a subgraph killed -9 mid-publish', () => {
  let people: ChildService & { port: number };
  let applied: PartnershipsApplied;

  beforeAll(async () => {
    people = await spawnSubgraph('people');
    applied = await applyPartnershipsCreated('subgraph-kill');
  }, 180_000);

  afterAll(async () => {
    await applied?.stop();
    await people?.stop();
  });

  it('every acknowledged mutation is stored and applied once; the service is ready again by itself', async () => {
    const load = new SteadyLoad(async (n) => {
      const response = await gql(
        `${people.url}/graphql`,
        CREATE_PARTNERSHIP,
        { input: { name: `Subgraph kill ${n}` } },
        await founderToken(),
      );
      const id = response.data?.createPartnership?.id as string | undefined;
      if (!id) throw new Error(`http ${response.status} ${response.errors?.[0]?.extensions?.code ?? ''}`);
      return id;
    }).start();
    await load.until(60);
    const killed = people.process.pid!;
    people.process.kill('SIGKILL');
    await waitFor('the supervisor to start people again', async () => people.restarts >= 1, 30_000, 100);
    await waitUntilReady(people, 90_000);
    const before = load.acknowledged.length;
    await load.until(before + 60);
    const outcomes = await load.stop();

    expect(people.process.pid).not.toBe(killed);
    // Precondition: the kill was felt (requests failed), and writes resumed after it.
    const failures = outcomes.flatMap((o) => o.failures);
    expect(failures.length).toBeGreaterThan(0);
    expect(failures.filter((f) => !f.startsWith('connection:'))).toEqual([]);
    const acknowledged = load.acknowledged;
    const stored = await countStored(acknowledged);
    expect(stored).toBe(acknowledged.length);

    const counts = await waitUntilAllApplied(applied.store, acknowledged, { topic: TOPIC }, 90_000);
    expect(counts.most).toBe(1);
    const ready = await fetch(`${people.url}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', relay: 'ok' });
  }, 300_000);
});

/** Partnerships among `ids` in people's table, read as the test's admin (the service runs elsewhere). */
async function countStored(ids: string[]): Promise<number> {
  const client = new Client({ connectionString: process.env.VOICEGRAPH_TEST_PEOPLE_DATABASE_URL });
  await client.connect();
  try {
    const rows = await client.query('SELECT count(*)::int AS n FROM people.partnership WHERE id::text = ANY($1)', [
      ids,
    ]);
    return rows.rows[0].n as number;
  } finally {
    await client.end();
  }
}

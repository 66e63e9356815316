import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { RunningService } from '@voicegraph/platform';
import {
  ChildService,
  childPids,
  CREATE_PARTNERSHIP,
  freePort,
  pidsServing,
  gql,
  Outcome,
  spawnBuilt,
  startPeopleProducer,
  SteadyLoad,
  founderToken,
  waitFor,
} from '@voicegraph/testkit';

const OTHERS = ['consultations', 'governance', 'feedback'] as const;

/**
 * One of two gateway workers is killed with SIGKILL under a steady write load. Its primary
 * starts another; the other worker keeps answering. Clients send an Idempotency-Key and retry
 * a request whose connection broke with the same key: nothing acknowledged is lost, nothing is
 * written twice, and the gateway's /ready stays honest throughout.
 */
describe('a gateway worker killed -9 under load', () => {
  let people: RunningService;
  let gateway: ChildService & { port: number };

  beforeAll(async () => {
    people = await startPeopleProducer();
    // Only people runs: the others point at a port nothing listens on, and /ready must say so.
    const nowhere = `http://127.0.0.1:${await freePort()}/graphql`;
    gateway = await spawnBuilt('fault-gateway', 'gateway', {
      GATEWAY_WORKERS: '2',
      GATEWAY_DATABASE_URL: process.env.VOICEGRAPH_TEST_GATEWAY_DATABASE_URL ?? '',
      VOICEGRAPH_RATE_LIMIT_REQUESTS: '0', // one caller sends the whole load
      SUBGRAPH_PEOPLE_URL: people.url,
      ...Object.fromEntries(OTHERS.map((name) => [`SUBGRAPH_${name.toUpperCase()}_URL`, nowhere])),
    });
  }, 180_000);

  afterAll(async () => {
    await gateway?.stop();
    await people?.stop();
  });

  it('the worker is replaced, requests keep being answered, nothing lost or doubled, /ready honest', async () => {
    const graphql = `${gateway.url}/graphql`;
    const names: string[] = [];
    const load = new SteadyLoad(async (n, outcome) => {
      names[n] = `Worker kill ${randomUUID()}`;
      // Each partnership its own founder; a retry resends the same token and Idempotency-Key.
      return createWithRetries(graphql, await founderToken(), names[n], outcome);
    }).start();
    const readiness = watchReadiness(`${gateway.url}/ready`);

    const workers = await waitFor('two workers', async () =>
      childPids(gateway.process.pid!).length === 2 ? childPids(gateway.process.pid!) : undefined,
    );
    await load.until(60);
    // The worker holding the load's connections, so that requests are in flight on it.
    const victim = pidsServing(gateway.port, workers)[0] ?? workers[0];
    // Frozen first, so that requests are surely in flight on it when it dies: on a quiet machine a
    // request lasts a few milliseconds, and a kill that fell between two of them tested nothing.
    process.kill(victim, 'SIGSTOP');
    await sleep(500);
    process.kill(victim, 'SIGKILL');
    const replaced = await waitFor(
      'the primary to start another worker',
      async () => {
        const now = childPids(gateway.process.pid!);
        return now.length === 2 && !now.includes(victim) ? now : undefined;
      },
      60_000,
      100,
    );
    await load.until(load.acknowledged.length + 60);
    const outcomes = await load.stop();
    const seen = await readiness.stop();

    expect(replaced).toContain(workers.find((pid) => pid !== victim)); // the other worker was never touched
    expect(gateway.restarts).toBe(0); // the gateway process itself never went down
    // What a client saw: requests on the killed worker's connections broke (no HTTP answer);
    // every one of them was answered on retry with the same Idempotency-Key.
    const failures = outcomes.flatMap((o) => o.failures);
    expect(failures.length).toBeGreaterThan(0); // precondition: requests were in flight on the killed worker
    expect(failures.filter((f) => !f.startsWith('connection:') && f !== 'CONFLICT')).toEqual([]);
    expect(outcomes.filter((o) => !o.id)).toEqual([]);

    // Nothing lost, nothing twice: one partnership per intended write, with the acknowledged id.
    const rows: { name: string; id: string; n: number }[] = await people.dataSource.query(
      `SELECT name, min(id::text) AS id, count(*)::int AS n FROM people.partnership WHERE name = ANY($1) GROUP BY name`,
      [names],
    );
    expect(rows).toHaveLength(names.length);
    expect(rows.filter((r) => r.n !== 1)).toEqual([]);
    const idOf = new Map(rows.map((r) => [r.name, r.id]));
    expect(outcomes.every((o, n) => o.id === idOf.get(names[n]))).toBe(true);

    // /ready: answered 200 naming the three absent subgraphs, whenever it was answered at all.
    expect(seen.answers.length).toBeGreaterThan(10);
    expect(seen.answers.filter((a) => a !== 'ready: consultations,governance,feedback')).toEqual([]);
  }, 300_000);
});

/** One intended write: sent with its Idempotency-Key, and again with the same key while no answer came. */
async function createWithRetries(url: string, token: string, name: string, outcome: Outcome): Promise<string> {
  const key = randomUUID();
  for (let attempt = 1; attempt <= 20; attempt += 1) {
    try {
      const response = await gql(url, CREATE_PARTNERSHIP, { input: { name } }, token, { 'idempotency-key': key });
      const id = response.data?.createPartnership?.id as string | undefined;
      if (id) return id;
      outcome.failures.push(response.errors?.[0]?.extensions?.code ?? `http ${response.status}`);
    } catch (error) {
      outcome.failures.push(
        `connection: ${(error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message}`,
      );
    }
    await sleep(100 * attempt);
  }
  throw new Error(`no answer for ${name} after 20 attempts`);
}

/** Polls /ready every 100 ms: what it answered (`ready: <unreachable>` or `<status>: …`), and how often it could not be reached. */
function watchReadiness(url: string) {
  const answers: string[] = [];
  let unanswered = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      try {
        const response = await fetch(url);
        const body = (await response.json()) as { unreachable?: string[] };
        answers.push(`${response.status === 200 ? 'ready' : response.status}: ${(body.unreachable ?? []).join(',')}`);
      } catch {
        unanswered += 1;
      }
      await sleep(100);
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return { answers, unanswered };
    },
  };
}

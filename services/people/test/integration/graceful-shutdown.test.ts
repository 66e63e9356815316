import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { Client } from 'pg';
import { DEV_JWT_SECRET } from '@voicegraph/platform';
import { EventCollector, gql, ok, tokenFor, waitFor } from '@voicegraph/testkit';

const ENTRY = join(__dirname, '../../dist/index.js');

/**
 * The built service as a real process: SIGTERM lets a request already in flight finish and
 * publishes its event before the process exits. The request is held in flight deterministically:
 * a test transaction locks the table it writes, SIGTERM arrives while it waits, then the lock goes.
 */
describe('people service process', () => {
  it('answers /health and /ready; on SIGTERM finishes the request in flight, publishes its event, exits 0', async () => {
    const port = 4600 + Math.floor(Math.random() * 300);
    const child = spawn(process.execPath, [ENTRY], {
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        DATABASE_URL: process.env.VOICEGRAPH_TEST_PEOPLE_DATABASE_URL,
        VOICEGRAPH_JWT_SECRET: DEV_JWT_SECRET,
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    const exited = new Promise<number | null>((resolve) => {
      child.once('exit', (code) => resolve(code));
    });
    try {
      await waitFor(
        'the service to be ready',
        async () => (await fetch(`http://127.0.0.1:${port}/ready`)).ok,
        30_000,
        200,
      ).catch((error: Error) => {
        throw new Error(`${error.message}\nservice output:\n${output.slice(-3000)}`);
      });
      expect(await (await fetch(`http://127.0.0.1:${port}/health`)).json()).toEqual({ status: 'ok' });
      const admin = await tokenFor({ sub: randomUUID(), roles: ['PARTNERSHIP_ADMIN'] });
      const events = await new EventCollector(['people.partnership.v1']).start();
      const db = new Client({ connectionString: process.env.VOICEGRAPH_TEST_PEOPLE_DATABASE_URL });
      await db.connect();
      try {
        const name = `Shutdown test ${randomUUID()}`;
        await db.query('BEGIN');
        await db.query('LOCK TABLE people.partnership IN SHARE MODE'); // inserts wait; nothing else does
        const inFlight = gql(
          `http://127.0.0.1:${port}/graphql`,
          'mutation($name: String!) { createPartnership(input: { name: $name }) { id name } }',
          { name },
          admin,
        );
        inFlight.catch(() => undefined); // awaited below; a failure before then must not crash the run
        // At start the service's consumers may be catching up on every earlier test's events, so
        // the request can take a while to reach the insert; its log says what it did meanwhile.
        await waitFor(
          'the mutation to be in flight, waiting on our lock',
          async () => {
            const blocked = await db.query(
              'SELECT 1 FROM pg_stat_activity WHERE pg_backend_pid() = ANY(pg_blocking_pids(pid))',
            );
            return (blocked.rowCount ?? 0) >= 1;
          },
          90_000,
        ).catch((error: Error) => {
          throw new Error(`${error.message}\nservice output:\n${output.slice(-3000)}`);
        });
        child.kill('SIGTERM');
        await waitFor('the service to begin shutting down', async () => /"msg":"shutting down"/.test(output));
        await db.query('COMMIT');

        const created = ok(await inFlight).createPartnership;
        expect(created.name).toBe(name);
        expect(await exited).toBe(0);
        expect(output).toMatch(/people subgraph stopped/);
        const pending = await db.query('SELECT count(*)::int AS n FROM people.outbox WHERE key = $1', [created.id]);
        expect(pending.rows[0].n).toBe(0);
        const [published] = await events.waitFor((r) => r.key === created.id);
        expect(published.event).toMatchObject({
          type: 'voicegraph.people.PartnershipCreated.v1',
          subject: created.id,
          data: { partnershipId: created.id },
        });
      } finally {
        await db.query('ROLLBACK').catch(() => undefined);
        await db.end();
        await events.stop();
      }
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  }, 240_000);
});

import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { Client } from 'pg';
import { DEV_JWT_SECRET } from '@voicegraph/platform';
import { gql, ok, tokenFor, waitFor } from '@voicegraph/testkit';

const ENTRY = join(__dirname, '../../dist/index.js');

/** The built service as a real process: SIGTERM stops it cleanly, leaving no event unpublished. */
describe('people service process', () => {
  it('answers /health and /ready, then on SIGTERM exits 0 with nothing left in its outbox', async () => {
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
      const id = ok(
        await gql(
          `http://127.0.0.1:${port}/graphql`,
          'mutation { createPartnership(input: { name: "Shutdown test" }) { id } }',
          {},
          admin,
        ),
      ).createPartnership.id;
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(output).toMatch(/"msg":"shutting down"/);
      expect(output).toMatch(/people subgraph stopped/);
      const db = new Client({ connectionString: process.env.VOICEGRAPH_TEST_PEOPLE_DATABASE_URL });
      await db.connect();
      const pending = await db.query('SELECT count(*)::int AS n FROM people.outbox WHERE key = $1', [id]);
      await db.end();
      expect(pending.rows[0].n).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
});

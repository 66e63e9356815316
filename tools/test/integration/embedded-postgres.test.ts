import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { EMBEDDED_PORT } from '../../src/infra/embedded-postgres';
import { portAcceptsTcp } from '../../src/infra/net';
import { bootstrapDatabase, dropDatabase, ensurePostgres } from '../../src/infra/postgres';

jest.setTimeout(120_000);

// Forces the fallback used on machines without a PostgreSQL on 127.0.0.1:5432.
const saved = { admin: process.env.DATABASE_ADMIN_URL, force: process.env.VOICEGRAPH_EMBEDDED_POSTGRES };

beforeAll(() => {
  delete process.env.DATABASE_ADMIN_URL;
  process.env.VOICEGRAPH_EMBEDDED_POSTGRES = '1';
});

afterAll(() => {
  if (saved.admin === undefined) delete process.env.DATABASE_ADMIN_URL;
  else process.env.DATABASE_ADMIN_URL = saved.admin;
  if (saved.force === undefined) delete process.env.VOICEGRAPH_EMBEDDED_POSTGRES;
  else process.env.VOICEGRAPH_EMBEDDED_POSTGRES = saved.force;
});

test('starts the embedded PostgreSQL (even as root), bootstraps a database in it and stops it', async () => {
  const pg = await ensurePostgres();
  expect(pg.managed).toBe(true);
  expect(pg.adminUrl).toContain(`:${EMBEDDED_PORT}/`);
  const database = `vg_infra_test_${randomBytes(4).toString('hex')}`;
  try {
    const urls = await bootstrapDatabase(pg.adminUrl, database);
    const client = new Client({ connectionString: urls.feedback });
    await client.connect();
    const row = (await client.query('SELECT current_user AS u, current_schema() AS s')).rows[0];
    await client.end();
    expect(row).toEqual({ u: 'vg_feedback', s: 'feedback' });
  } finally {
    await dropDatabase(pg.adminUrl, database);
    await pg.stop();
  }
  if (pg.startedHere) expect(await portAcceptsTcp(EMBEDDED_PORT)).toBe(false);
});

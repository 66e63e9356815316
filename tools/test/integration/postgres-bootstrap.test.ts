import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import {
  PostgresHandle,
  SERVICES,
  bootstrapDatabase,
  dropDatabase,
  ensurePostgres,
  resetDatabase,
  serviceRole,
  withDatabase,
} from '../../src/infra/postgres';

jest.setTimeout(120_000);

const database = `vg_infra_test_${randomBytes(4).toString('hex')}`;
let pg: PostgresHandle;
let urls: Record<(typeof SERVICES)[number], string>;

async function asRole<T>(url: string, fn: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function pgErrorCode(run: () => Promise<unknown>): Promise<string | undefined> {
  try {
    await run();
    return undefined;
  } catch (err) {
    return (err as { code?: string }).code;
  }
}

beforeAll(async () => {
  pg = await ensurePostgres();
  urls = await bootstrapDatabase(pg.adminUrl, database);
});

afterAll(async () => {
  if (pg) {
    await dropDatabase(pg.adminUrl, database);
    await pg.stop();
  }
});

test('returns a URL per service that logs in as the service role into the new database', async () => {
  expect(Object.keys(urls).sort()).toEqual([...SERVICES].sort());
  for (const service of SERVICES) {
    const who = await asRole(
      urls[service],
      async (c) => (await c.query('SELECT current_user AS u, current_database() AS d')).rows[0],
    );
    expect(who).toEqual({ u: serviceRole(service), d: database });
  }
});

test('a service role can create and use tables in its own schema, which is its default', async () => {
  await asRole(urls.people, async (c) => {
    await c.query('CREATE TABLE people.probe (id int PRIMARY KEY, name text)');
    await c.query("INSERT INTO probe (id, name) VALUES (1, 'Ada')");
    const rows = (await c.query('SELECT name FROM people.probe')).rows;
    expect(rows).toEqual([{ name: 'Ada' }]);
  });
});

test("a service role can neither read nor create in another service's schema, nor create in public", async () => {
  await asRole(urls.consultations, (c) => c.query('CREATE TABLE consultations.secret (id int)'));
  await asRole(urls.people, async (c) => {
    expect(await pgErrorCode(() => c.query('SELECT * FROM consultations.secret'))).toBe('42501');
    expect(await pgErrorCode(() => c.query('CREATE TABLE consultations.intruder (id int)'))).toBe('42501');
    expect(await pgErrorCode(() => c.query('CREATE TABLE public.intruder (id int)'))).toBe('42501');
  });
});

test('bootstrap is idempotent, also when run concurrently, and keeps existing tables', async () => {
  const again = await Promise.all([bootstrapDatabase(pg.adminUrl, database), bootstrapDatabase(pg.adminUrl, database)]);
  expect(again[0]).toEqual(urls);
  expect(again[1]).toEqual(urls);
  const rows = await asRole(
    urls.people,
    async (c) => (await c.query('SELECT count(*)::int AS n FROM people.probe')).rows,
  );
  expect(rows).toEqual([{ n: 1 }]);
});

test('resetDatabase leaves every service schema empty and usable', async () => {
  await resetDatabase(pg.adminUrl, database);
  const tables = await asRole(
    withDatabase(pg.adminUrl, database),
    async (c) =>
      (
        await c.query('SELECT table_schema, table_name FROM information_schema.tables WHERE table_schema = ANY($1)', [
          [...SERVICES],
        ])
      ).rows,
  );
  expect(tables).toEqual([]);
  await asRole(urls.people, (c) => c.query('CREATE TABLE people.after_reset (id int)'));
});

test('rejects database names that would need quoting', async () => {
  await expect(bootstrapDatabase(pg.adminUrl, 'Bad-Name')).rejects.toThrow(/Invalid database name/);
});

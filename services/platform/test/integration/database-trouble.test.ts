import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { Client, Pool } from 'pg';
import { createDataSource, createLogger } from '@voicegraph/platform';
import { databaseTrouble } from '../../src/errors/database-unavailable';
import { createErrorFormatter } from '../../src/server/format-error';

/**
 * What a caller is told when the database cannot answer: real failures of the real Postgres,
 * formatted as Apollo hands them over (a GraphQLError around the driver's error).
 */
describe('a database that cannot answer is "try again", not "something went wrong"', () => {
  const url = process.env.VOICEGRAPH_TEST_FEEDBACK_DATABASE_URL;
  const adminUrl = process.env.DATABASE_ADMIN_URL;
  const database = process.env.VOICEGRAPH_TEST_DATABASE;
  const format = createErrorFormatter(createLogger('test', 'silent'));

  /** The driver's error for `run`, as Apollo passes a resolver's failure to formatError. */
  async function failureOf(
    run: () => Promise<unknown>,
  ): Promise<{ formatted: ReturnType<typeof format>; raw: unknown }> {
    const raw = await run().then(
      () => {
        throw new Error('expected the database to fail');
      },
      (error: unknown) => error,
    );
    const wrapped = new GraphQLError((raw as Error).message, { originalError: raw as Error, path: ['figures'] });
    return { formatted: format(wrapped.toJSON(), wrapped), raw };
  }

  it('a statement stopped by statement_timeout: too slow, ask again or ask for less', async () => {
    const dataSource = createDataSource({
      url: url!,
      schema: 'feedback',
      entities: [],
      migrations: [],
      statementTimeoutMs: 50,
    });
    await dataSource.initialize();
    try {
      const { formatted, raw } = await failureOf(() => dataSource.query('SELECT pg_sleep(2)'));
      expect((raw as { driverError?: { code?: string } }).driverError?.code).toBe('57014'); // precondition: the real cancel
      expect(formatted.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', errorId: expect.any(String) });
      expect(formatted.message).toMatch(/took too long.*ask for less/);
      expect(formatted.message).not.toMatch(/pg_sleep|statement|canceling/i);
    } finally {
      await dataSource.destroy();
    }
  });

  it('Postgres at a connection limit: busy, try again in a minute', async () => {
    const role = `vg_no_room_${randomUUID().slice(0, 8)}`;
    const admin = new Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE ROLE ${role} LOGIN CONNECTION LIMIT 0`);
    try {
      const target = new URL(adminUrl!);
      target.username = role;
      target.password = '';
      target.pathname = `/${database}`;
      const client = new Client({ connectionString: target.toString() });
      const { formatted, raw } = await failureOf(() => client.connect());
      expect((raw as { code?: string }).code).toBe('53300'); // precondition: too many connections for role
      expect(formatted.extensions?.code).toBe('SERVICE_UNAVAILABLE');
      expect(formatted.message).toMatch(/busy or restarting.*Try again in a minute/);
      expect(formatted.message).not.toContain(role);
    } finally {
      await admin.query(`DROP ROLE ${role}`);
      await admin.end();
    }
  });

  it('the pool found no free connection in time: busy, try again', async () => {
    const pool = new Pool({ connectionString: url, max: 1, connectionTimeoutMillis: 100 });
    const held = await pool.connect();
    try {
      const { formatted } = await failureOf(() => pool.query('SELECT 1'));
      expect(formatted.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    } finally {
      held.release();
      await pool.end();
    }
  });

  it('any other database error stays an internal error, masked, with an id in the log', async () => {
    const dataSource = createDataSource({ url: url!, schema: 'feedback', entities: [], migrations: [] });
    await dataSource.initialize();
    try {
      const { formatted, raw } = await failureOf(() => dataSource.query('SELECT * FROM no_such_table'));
      expect(databaseTrouble(raw)).toBeNull();
      expect(formatted.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(formatted.message).toMatch(/^Something went wrong on our side/);
    } finally {
      await dataSource.destroy();
    }
  });
});

import { Client } from 'pg';
import { errorMessage, infraLog } from './log';
import {
  GATEWAY_ROLE,
  GATEWAY_SCHEMA,
  ROLE_STATEMENT_TIMEOUT,
  SERVICES,
  ServiceName,
  assertDatabaseName,
  redactUrl,
  serviceDatabaseUrl,
  serviceRole,
  withDatabase,
} from './postgres-urls';

/** Advisory lock key shared by every bootstrap/reset, so concurrent runs serialise. */
const BOOTSTRAP_LOCK_KEY = 7_412_026_001;

async function connect(url: string): Promise<Client> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (err) {
    await client.end().catch(() => undefined);
    throw new Error(`Could not connect to PostgreSQL at ${redactUrl(url)}: ${errorMessage(err)}`);
  }
  return client;
}

async function withClient<T>(url: string, fn: (c: Client) => Promise<T>): Promise<T> {
  const client = await connect(url);
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Runs fn on an admin connection holding the bootstrap advisory lock. */
function withBootstrapLock<T>(adminUrl: string, fn: (admin: Client) => Promise<T>): Promise<T> {
  return withClient(adminUrl, async (admin) => {
    await admin.query('SELECT pg_advisory_lock($1)', [BOOTSTRAP_LOCK_KEY]);
    try {
      return await fn(admin);
    } finally {
      await admin.query('SELECT pg_advisory_unlock($1)', [BOOTSTRAP_LOCK_KEY]).catch(() => undefined);
    }
  });
}

async function exists(c: Client, sql: string, value: string): Promise<boolean> {
  return ((await c.query(sql, [value])).rowCount ?? 0) > 0;
}

/** Each service's role and the gateway's (schema name, role, statement timeout). */
const ROLES = [
  ...SERVICES.map((service) => ({
    schema: service as string,
    role: serviceRole(service),
    statementTimeout: ROLE_STATEMENT_TIMEOUT.service,
  })),
  { schema: GATEWAY_SCHEMA, role: GATEWAY_ROLE, statementTimeout: ROLE_STATEMENT_TIMEOUT.gateway },
];

async function ensureRoles(admin: Client): Promise<void> {
  for (const { role } of ROLES) {
    if (await exists(admin, 'SELECT 1 FROM pg_roles WHERE rolname = $1', role)) continue;
    await admin.query(`CREATE ROLE ${role} LOGIN PASSWORD ${admin.escapeLiteral(role)}`);
  }
}

async function ensureDatabase(admin: Client, database: string): Promise<void> {
  if (await exists(admin, 'SELECT 1 FROM pg_database WHERE datname = $1', database)) return;
  infraLog(`creating database ${database}`);
  await admin.query(`CREATE DATABASE ${database} ENCODING 'UTF8' TEMPLATE template0`);
}

/**
 * Only the four service roles and the gateway's (and superusers) may connect; each starts in
 * its own schema, with its statement_timeout.
 */
async function restrictDatabaseAccess(admin: Client, database: string): Promise<void> {
  await admin.query(`REVOKE ALL ON DATABASE ${database} FROM PUBLIC`);
  for (const { schema, role, statementTimeout } of ROLES) {
    await admin.query(`GRANT CONNECT ON DATABASE ${database} TO ${role}`);
    await admin.query(`ALTER ROLE ${role} IN DATABASE ${database} SET search_path = ${schema}, public`);
    await admin.query(`ALTER ROLE ${role} IN DATABASE ${database} SET statement_timeout = '${statementTimeout}'`);
  }
}

/** uuid-ossp lets ORMs generate v4 ids; service roles cannot install extensions themselves. */
async function ensureUuidExtension(db: Client): Promise<void> {
  try {
    await db.query('CREATE EXTENSION IF NOT EXISTS "uuid-ossp" WITH SCHEMA public');
  } catch (err) {
    infraLog(`note: extension uuid-ossp is not available (${errorMessage(err)}); gen_random_uuid() still works`);
  }
}

/** Each service schema is owned by its role; nobody else gets anything; nobody may create in public. */
async function ensureSchemas(db: Client): Promise<void> {
  await db.query('REVOKE CREATE ON SCHEMA public FROM PUBLIC');
  for (const { schema, role } of ROLES) {
    await db.query(`CREATE SCHEMA IF NOT EXISTS ${schema} AUTHORIZATION ${role}`);
    await db.query(`ALTER SCHEMA ${schema} OWNER TO ${role}`);
    await db.query(`REVOKE ALL ON SCHEMA ${schema} FROM PUBLIC`);
  }
}

function serviceUrls(adminUrl: string, database: string): Record<ServiceName, string> {
  const entries = SERVICES.map((s) => [s, serviceDatabaseUrl(adminUrl, database, s)] as const);
  return Object.fromEntries(entries) as Record<ServiceName, string>;
}

async function bootstrapLocked(
  admin: Client,
  adminUrl: string,
  database: string,
): Promise<Record<ServiceName, string>> {
  await ensureRoles(admin);
  await ensureDatabase(admin, database);
  await restrictDatabaseAccess(admin, database);
  await withClient(withDatabase(adminUrl, database), async (db) => {
    await ensureUuidExtension(db);
    await ensureSchemas(db);
  });
  return serviceUrls(adminUrl, database);
}

/**
 * Idempotently creates `database`, the roles vg_<service> (password = role name) and one schema per
 * service owned by its role, locked down so each role can use only its own schema. Safe to run
 * concurrently (advisory lock). Returns each service's connection URL.
 */
export async function bootstrapDatabase(adminUrl: string, database: string): Promise<Record<ServiceName, string>> {
  assertDatabaseName(database);
  return await withBootstrapLock(adminUrl, (admin) => bootstrapLocked(admin, adminUrl, database));
}

/** Drops the four service schemas (CASCADE) and recreates them empty via bootstrap. */
export async function resetDatabase(adminUrl: string, database: string): Promise<Record<ServiceName, string>> {
  assertDatabaseName(database);
  return await withBootstrapLock(adminUrl, async (admin) => {
    if (await exists(admin, 'SELECT 1 FROM pg_database WHERE datname = $1', database)) {
      await withClient(withDatabase(adminUrl, database), async (db) => {
        for (const { schema } of ROLES) await db.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      });
    }
    return bootstrapLocked(admin, adminUrl, database);
  });
}

/** Drops a database (terminating its connections). For tests' throwaway databases. */
export async function dropDatabase(adminUrl: string, database: string): Promise<void> {
  assertDatabaseName(database);
  await withClient(adminUrl, async (admin) => {
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  });
}

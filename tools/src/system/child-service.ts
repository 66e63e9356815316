import { ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir } from '../infra/paths';
import { setTimeout as sleep } from 'node:timers/promises';

export interface ChildService {
  name: string;
  url: string;
  logFile: string;
  /** The current process (a new one after each restart). */
  readonly process: ChildProcess;
  /** How many times it was restarted after exiting on its own. */
  readonly restarts: number;
  stop(): Promise<void>;
}

export interface SuperviseOptions {
  /** Where restarts are announced (default: stderr of `npm start`). */
  notify?: (message: string) => void;
  /** First delay before a restart; doubles up to maxDelayMs while it keeps crashing. */
  initialDelayMs?: number;
  maxDelayMs?: number;
}

/** A process that stayed up this long is healthy again: the next crash restarts it quickly. */
const HEALTHY_AFTER_MS = 60_000;

/** Backoff before restart n (1-based): initial × 2^(n-1), at most max. */
export function restartDelayMs(restart: number, initialMs = 1000, maxMs = 30_000): number {
  return Math.min(maxMs, initialMs * 2 ** Math.max(0, restart - 1));
}

/**
 * Runs one built service (`node <entry>`) with its environment, logging JSON lines to
 * .data/logs/<name>.log. When it exits without being asked to (a crash, kill -9), it is started
 * again after a backoff (1 s doubling to 30 s while it keeps crashing), and says so.
 */
export function spawnService(
  name: string,
  entry: string,
  env: Record<string, string>,
  port: number,
  options: SuperviseOptions = {},
): ChildService {
  const logs = join(dataDir(), 'logs');
  mkdirSync(logs, { recursive: true });
  const logFile = join(logs, `${name}.log`);
  const out = createWriteStream(logFile, { flags: 'a' });
  const notify = options.notify ?? ((message: string) => process.stderr.write(`${message}\n`));
  let stopping = false;
  let restarts = 0;
  let crashesInARow = 0;
  let pending: NodeJS.Timeout | undefined;

  const launch = (): ChildProcess => {
    const started = Date.now();
    const child = spawn(process.execPath, [entry], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.pipe(out, { end: false });
    child.stderr?.pipe(out, { end: false });
    child.once('exit', (code, signal) => {
      if (stopping) return;
      crashesInARow = Date.now() - started > HEALTHY_AFTER_MS ? 1 : crashesInARow + 1;
      const delay = restartDelayMs(crashesInARow, options.initialDelayMs, options.maxDelayMs);
      notify(
        `${name} exited (${signal ?? `code ${code}`}); restarting it in ${(delay / 1000).toFixed(1)} s ` +
          `(restart ${restarts + 1}; log ${logFile})`,
      );
      pending = setTimeout(() => {
        pending = undefined;
        if (stopping) return;
        restarts += 1;
        current = launch();
        notify(`${name} restarted (pid ${current.pid})`);
      }, delay);
    });
    return child;
  };
  let current = launch();

  return {
    name,
    url: `http://127.0.0.1:${port}`,
    logFile,
    get process() {
      return current;
    },
    get restarts() {
      return restarts;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        stopping = true;
        if (pending) clearTimeout(pending);
        const child = current;
        if (child.exitCode !== null || child.signalCode !== null) {
          resolve();
          return;
        }
        const force = setTimeout(() => child.kill('SIGKILL'), 20_000);
        child.once('exit', () => {
          clearTimeout(force);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}

/** Waits until `<url>/ready` answers 200, or the child exits, or the timeout passes. */
export async function waitUntilReady(service: ChildService, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (service.process.exitCode !== null)
      throw new Error(`${service.name} exited with code ${service.process.exitCode}; see ${service.logFile}`);
    try {
      const response = await fetch(`${service.url}/ready`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new Error(`${service.name} was not ready after ${timeoutMs / 1000}s; see ${service.logFile}`);
}

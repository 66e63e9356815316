import { ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir } from '../infra/paths';
import { setTimeout as sleep } from 'node:timers/promises';

export interface ChildService {
  name: string;
  url: string;
  logFile: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** Runs one built service (`node <entry>`) with its environment, logging JSON lines to .data/logs/<name>.log. */
export function spawnService(name: string, entry: string, env: Record<string, string>, port: number): ChildService {
  const logs = join(dataDir(), 'logs');
  mkdirSync(logs, { recursive: true });
  const logFile = join(logs, `${name}.log`);
  const out = createWriteStream(logFile, { flags: 'a' });
  const child = spawn(process.execPath, [entry], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.pipe(out);
  child.stderr?.pipe(out);
  return {
    name,
    url: `http://127.0.0.1:${port}`,
    logFile,
    process: child,
    stop: () =>
      new Promise<void>((resolve) => {
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

import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isProcessAlive } from './processes';
import { setTimeout as sleep } from 'node:timers/promises';
import { infraLog } from './log';

const OWNER_FILE = 'owner.pid';
const UNOWNED_STALE_MS = 10_000;

function tryAcquire(lockDir: string): boolean {
  try {
    mkdirSync(lockDir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  }
  writeFileSync(path.join(lockDir, OWNER_FILE), String(process.pid));
  return true;
}

function isStale(lockDir: string): boolean {
  try {
    const owner = Number(readFileSync(path.join(lockDir, OWNER_FILE), 'utf8').trim());
    return !isProcessAlive(owner);
  } catch {
    // No owner file yet: either being created right now, or left by a crash.
    try {
      return Date.now() - statSync(lockDir).mtimeMs > UNOWNED_STALE_MS;
    } catch {
      return false;
    }
  }
}

/**
 * Runs fn while holding a cross-process lock (a directory created atomically with mkdir).
 * A lock whose owner process is dead is taken over.
 */
export async function withFileLock<T>(lockDir: string, fn: () => Promise<T>, timeoutMs = 600_000): Promise<T> {
  mkdirSync(path.dirname(lockDir), { recursive: true });
  const deadline = Date.now() + timeoutMs;
  let announced = false;
  while (!tryAcquire(lockDir)) {
    if (isStale(lockDir)) {
      rmSync(lockDir, { recursive: true, force: true });
      continue;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `Timed out after ${timeoutMs} ms waiting for the lock ${lockDir}; if no other VoiceGraph tool is running, delete it.`,
      );
    }
    if (!announced) infraLog(`waiting for another process holding ${lockDir}`);
    announced = true;
    await sleep(200);
  }
  try {
    return await fn();
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { waitUntil } from './net';

function isZombie(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 3 (after the parenthesised command name) is the state letter.
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    return state === 'Z';
  } catch {
    return false;
  }
}

/** True when a process with this pid exists and is not a zombie. */
export function isProcessAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (err) {
    // EPERM: it exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
  return !isZombie(pid);
}

/** The command line of a live process ('' when unknown), from /proc or `ps`. */
export function processCommandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
  } catch {
    try {
      return execFileSync('ps', ['-p', String(pid), '-o', 'command='], { encoding: 'utf8' }).trim();
    } catch {
      return '';
    }
  }
}

/** Sends a signal, ignoring "no such process". */
export function signalProcess(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ESRCH') throw err;
  }
}

/** Waits for a process to exit; false when it is still alive after timeoutMs. */
export function waitForProcessExit(pid: number, timeoutMs: number): Promise<boolean> {
  return waitUntil(() => !isProcessAlive(pid), { timeoutMs, intervalMs: 100 });
}

/** SIGTERM, wait up to graceMs, then SIGKILL and wait briefly. Returns how it ended. */
export async function terminateProcess(pid: number, graceMs: number): Promise<'not-running' | 'terminated' | 'killed'> {
  if (!isProcessAlive(pid)) return 'not-running';
  signalProcess(pid, 'SIGTERM');
  if (await waitForProcessExit(pid, graceMs)) return 'terminated';
  signalProcess(pid, 'SIGKILL');
  if (await waitForProcessExit(pid, 10_000)) return 'killed';
  throw new Error(`Process ${pid} is still alive 10s after SIGKILL; check it with \`ps -p ${pid}\`.`);
}

import net from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

/** True when something accepts a TCP connection on host:port within timeoutMs. */
export function portAcceptsTcp(port: number, host = '127.0.0.1', timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    const finish = (open: boolean): void => {
      socket.removeAllListeners();
      socket.destroy();
      resolve(open);
    };
    socket.setTimeout(timeoutMs, () => finish(false));
    socket.once('connect', () => finish(true));
    socket.once('error', () => finish(false));
  });
}

export interface WaitOptions {
  timeoutMs: number;
  intervalMs?: number;
}

/** Polls `check` until it returns true (→ true) or the timeout passes (→ false). */
export async function waitUntil(check: () => Promise<boolean> | boolean, opts: WaitOptions): Promise<boolean> {
  const deadline = Date.now() + opts.timeoutMs;
  const interval = opts.intervalMs ?? 250;
  for (;;) {
    if (await check()) return true;
    if (Date.now() >= deadline) return false;
    await sleep(interval);
  }
}

/** Waits until nothing accepts connections on host:port any more. */
export function waitForPortClosed(port: number, timeoutMs: number, host = '127.0.0.1'): Promise<boolean> {
  return waitUntil(async () => !(await portAcceptsTcp(port, host, 500)), { timeoutMs });
}

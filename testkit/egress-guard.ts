import dns from 'node:dns';
import net from 'node:net';
import tls from 'node:tls';
import { isIP } from 'node:net';

/** One refused attempt: what was asked for, and how. */
export interface EgressAttempt {
  via: string;
  target: string;
}

const LOOPBACK_NAMES = new Set(['localhost', 'localhost.', 'ip6-localhost']);

/** Loopback: 127.0.0.0/8, ::1 (and its IPv4-mapped forms), localhost; a Unix socket path is local too. */
export function isLoopback(host: string | undefined): boolean {
  if (host === undefined || host === '') return true; // Node's default host is localhost
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (LOOPBACK_NAMES.has(bare)) return true;
  if (isIP(bare) === 4) return bare.startsWith('127.');
  if (isIP(bare) === 6) return bare === '::1' || /^::ffff:127\./.test(bare) || bare === '0:0:0:0:0:0:0:1';
  return false;
}

/** The host a Socket#connect / tls.connect call names, from its (options) or (port, host) forms. */
function hostOf(args: unknown[]): string | undefined {
  const [first, second] = args;
  if (Array.isArray(first)) return hostOf(first); // net's internal normalized [options, cb]
  if (first && typeof first === 'object') {
    const options = first as { host?: string; path?: string; hostname?: string };
    if (options.path) return 'localhost';
    return options.host ?? options.hostname;
  }
  if (typeof first === 'string' && !/^\d+$/.test(first)) return 'localhost'; // a Unix socket path
  return typeof second === 'string' ? second : undefined;
}

/**
 * Records, and refuses before anything leaves the process, every attempt to resolve a name or
 * open a connection to anything but loopback: dns.lookup / dns.promises.lookup / the resolve*
 * family, net.Socket#connect (which every TCP client, http, undici, pg and kafkajs go through)
 * and tls.connect. A refused connect fails the way an unreachable host would (an 'error' event),
 * so the code under test carries on. `stop()` restores everything.
 */
export function guardEgress(): { attempts: EgressAttempt[]; stop(): void } {
  const attempts: EgressAttempt[] = [];
  const restore: (() => void)[] = [];
  const refuse = (via: string, target: string) => {
    attempts.push({ via, target });
    return Object.assign(new Error(`egress guard: ${via} to ${target} refused (not loopback)`), {
      code: 'ECONNREFUSED',
    });
  };
  const patch = <T extends object, K extends keyof T>(owner: T, key: K, replacement: (original: T[K]) => T[K]) => {
    const original = owner[key];
    owner[key] = replacement(original);
    restore.push(() => {
      owner[key] = original;
    });
  };

  type Lookup = (hostname: string, ...rest: unknown[]) => unknown;
  patch(
    dns,
    'lookup',
    (original) =>
      function (this: unknown, hostname: string, ...rest: unknown[]) {
        if (!isLoopback(hostname)) {
          const callback = rest.at(-1) as (error: Error) => void;
          const error = refuse('dns.lookup', hostname);
          process.nextTick(() => callback(error));
          return {};
        }
        return (original as unknown as Lookup).call(this, hostname, ...rest);
      } as unknown as typeof dns.lookup,
  );
  patch(
    dns.promises,
    'lookup',
    (original) =>
      function (this: unknown, hostname: string, ...rest: unknown[]) {
        if (!isLoopback(hostname)) return Promise.reject(refuse('dns.promises.lookup', hostname));
        return (original as unknown as Lookup).call(this, hostname, ...rest);
      } as unknown as typeof dns.promises.lookup,
  );
  for (const name of ['resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveSrv', 'resolveTxt'] as const) {
    patch(
      dns,
      name,
      () =>
        function (this: unknown, hostname: string, ...rest: unknown[]) {
          const callback = rest.at(-1) as (error: Error) => void;
          const error = refuse(`dns.${name}`, hostname);
          process.nextTick(() => callback(error));
          return undefined;
        } as unknown as (typeof dns)[typeof name],
    );
  }
  patch(
    net.Socket.prototype,
    'connect',
    (original) =>
      function (this: net.Socket, ...args: unknown[]) {
        const host = hostOf(args);
        if (!isLoopback(host)) {
          const error = refuse('net.Socket#connect', String(host));
          process.nextTick(() => this.destroy(error));
          return this;
        }
        return (original as (...a: unknown[]) => net.Socket).apply(this, args);
      } as typeof net.Socket.prototype.connect,
  );
  patch(
    tls,
    'connect',
    (original) =>
      function (...args: unknown[]) {
        const host = hostOf(args);
        if (!isLoopback(host)) {
          const socket = new tls.TLSSocket(new net.Socket());
          const error = refuse('tls.connect', String(host));
          process.nextTick(() => socket.destroy(error));
          return socket;
        }
        return (original as (...a: unknown[]) => tls.TLSSocket)(...args);
      } as typeof tls.connect,
  );
  return {
    attempts,
    stop() {
      for (const undo of restore.reverse()) undo();
    },
  };
}

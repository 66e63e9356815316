import { execFileSync } from 'node:child_process';
import net from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { DEV_JWT_SECRET, KeepConsuming, RunningService, ServiceConfig, ServiceName } from '@voicegraph/platform';
import { repoRoot } from '../tools/src/infra/paths';
import { ChildService, spawnService, waitUntilReady } from '../tools/src/system/child-service';
import { ScratchStore, startAppliedConsumer } from './applied-events';
import { testServiceConfig } from './config';
import { scratchSchema } from './scratch-schema';
import { startTestService } from './service';

export { waitUntilReady };
export type { ChildService };

/** The topic of people's PartnershipCreated events: the writes the fault tests make under load. */
export const PARTNERSHIP_TOPIC = 'people.partnership.v1';

/** Founds a partnership (as a new founder, `founderToken()`): the write the fault tests repeat. */
export const CREATE_PARTNERSHIP =
  'mutation($input: CreatePartnershipInput!) { createPartnership(input: $input) { id } }';

/** A scratch store and the consumer applying people's PartnershipCreated events into it. */
export interface PartnershipsApplied {
  store: ScratchStore;
  consumer: KeepConsuming;
  /** Stops the consumer and drops the store. */
  stop(): Promise<void>;
}

/**
 * A consumer of people's PartnershipCreated events as a service consumes (its inbox; one that
 * crashes when its broker dies is replaced), applying each into a scratch store of its own;
 * `brokers` default to the test broker. `waitUntilAllApplied(store, ids, …)` then says whether
 * every acknowledged partnership's event arrived, and how often each was applied.
 */
export async function applyPartnershipsCreated(name: string, brokers?: string[]): Promise<PartnershipsApplied> {
  const store = await scratchSchema();
  try {
    const consumer = await startAppliedConsumer(store, {
      brokers,
      topic: PARTNERSHIP_TOPIC,
      type: 'voicegraph.people.PartnershipCreated.v1',
      name,
    });
    return {
      store,
      consumer,
      async stop() {
        await consumer.stop();
        await store.drop();
      },
    };
  } catch (error) {
    await store.drop();
    throw error;
  }
}

/**
 * The people subgraph in this process as the producer the fault tests break things under: its
 * relay polls every 500 ms; it neither consumes nor runs jobs. `config` says where its database
 * and brokers are when they are not the test's.
 */
export function startPeopleProducer(config: Partial<ServiceConfig> = {}): Promise<RunningService> {
  return startTestService('people', {
    config: testServiceConfig('people', { relayPollMs: 500, ...config }),
    consumers: false,
    jobs: false,
  });
}

/** A TCP port nothing listens on right now (the kernel's choice). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/**
 * A built program of this repository (`<dir>/dist/index.js`) as its own process, supervised as
 * `npm start` runs it (started again 0.5 s after it dies), with the test broker and JWT secret.
 * Its log is `.data/logs/<name>.log`. Ready (`/ready` 200) when returned.
 */
export async function spawnBuilt(
  name: string,
  dir: string,
  env: Record<string, string>,
): Promise<ChildService & { port: number }> {
  const port = await freePort();
  const child = spawnService(
    name,
    join(repoRoot(), dir, 'dist', 'index.js'),
    {
      KAFKA_BROKERS: process.env.KAFKA_BROKERS ?? '',
      VOICEGRAPH_JWT_SECRET: DEV_JWT_SECRET,
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      ...env,
      PORT: String(port),
    },
    port,
    { notify: () => undefined, initialDelayMs: 500 },
  );
  try {
    await waitUntilReady(child, 90_000);
  } catch (error) {
    await child.stop();
    throw error;
  }
  return Object.assign(child, { port });
}

/** A subgraph as its own supervised process on the test database (globalSetup's role for it). */
export function spawnSubgraph(service: ServiceName, env: Record<string, string> = {}) {
  const databaseUrl = process.env[`VOICEGRAPH_TEST_${service.toUpperCase()}_DATABASE_URL`];
  if (!databaseUrl) throw new Error('spawnSubgraph needs the integration globalSetup environment');
  return spawnBuilt(`fault-${service}`, join('services', service), {
    DATABASE_URL: databaseUrl,
    OUTBOX_POLL_MS: '500',
    ...env,
  });
}

/** The process ids of `pid`'s children (a gateway primary's workers). */
export function childPids(pid: number): number[] {
  try {
    return execFileSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' })
      .split('\n')
      .map((line) => Number(line.trim()))
      .filter((n) => n > 0);
  } catch {
    return []; // ps exits 1 when there are none
  }
}

/** Which of `pids` hold established connections on `port` right now (ss), busiest first. */
export function pidsServing(port: number, pids: number[]): number[] {
  const out = execFileSync('ss', ['-Htnp', 'state', 'established', `( sport = :${port} )`], { encoding: 'utf8' });
  const count = new Map<number, number>();
  for (const match of out.matchAll(/pid=(\d+)/g)) count.set(Number(match[1]), (count.get(Number(match[1])) ?? 0) + 1);
  return pids.filter((pid) => count.has(pid)).sort((a, b) => count.get(b)! - count.get(a)!);
}

/** What one intended write came to. */
export interface Outcome {
  /** The id the service answered with, once one attempt was acknowledged. */
  id?: string;
  /** How each failed attempt failed, as a client sees it (`connection: …`, `http 502`, `CONFLICT`, …). */
  failures: string[];
}

/**
 * A steady write load: `lanes` clients, each sending one write after the other (`write(n)`, n
 * counting all writes) with a short pause, until stopped. A write resolves to its id, or throws
 * with what the client saw; `write` decides whether and how to retry.
 */
export class SteadyLoad {
  readonly outcomes: Outcome[] = [];
  private running = false;
  private lanes: Promise<void>[] = [];

  constructor(
    private readonly write: (n: number, outcome: Outcome) => Promise<string>,
    private readonly options: { lanes?: number; pauseMs?: number } = {},
  ) {}

  start(): this {
    this.running = true;
    this.lanes = Array.from({ length: this.options.lanes ?? 3 }, () => this.lane());
    return this;
  }

  get acknowledged(): string[] {
    return this.outcomes.flatMap((o) => (o.id ? [o.id] : []));
  }

  /** Resolves once `count` writes have been acknowledged in all. */
  async until(count: number, timeoutMs = 120_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.acknowledged.length < count) {
      if (Date.now() > deadline) throw new Error(`only ${this.acknowledged.length} of ${count} writes acknowledged`);
      await sleep(50);
    }
  }

  /** Stops sending and waits for the writes in flight. */
  async stop(): Promise<Outcome[]> {
    this.running = false;
    await Promise.all(this.lanes);
    return this.outcomes;
  }

  private async lane(): Promise<void> {
    while (this.running) {
      const outcome: Outcome = { failures: [] };
      const n = this.outcomes.push(outcome) - 1;
      try {
        outcome.id = await this.write(n, outcome);
      } catch (error) {
        outcome.failures.push(describeFailure(error));
        await sleep(100); // a client backs off a little after a failure
      }
      await sleep(this.options.pauseMs ?? 20);
    }
  }
}

/** A failed request as a client sees it: the connection broke, or an HTTP status, or GraphQL codes. */
export function describeFailure(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  // fetch's TypeError comes from another realm under jest: recognise it by name.
  if ((error as Error).name === 'TypeError')
    return `connection: ${cause?.code ?? cause?.message ?? (error as Error).message}`;
  return (error as Error).message;
}

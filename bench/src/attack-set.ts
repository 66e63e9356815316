/**
 * The attack set of tools/src/attacks.ts against a running gateway: the worst time each attack
 * took to be refused while polite callers run, the CPU the gateway and subgraphs spent on each
 * refusal alone, and polite callers' p95 alone and while attacked. Figures, not a test: the goal
 * is every refusal under 50 ms and polite p95 unchanged. Run by `npm run bench` (after the other
 * workloads) and by `npm run bench:attacks` (this alone).
 *
 * The attackers run in a worker thread: building and uploading a 5 MB body on the polite callers'
 * event loop would delay their requests in the client, and count against the server.
 */
import { cpus, loadavg } from 'node:os';
import { randomUUID } from 'node:crypto';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { setTimeout as sleep } from 'node:timers/promises';
import { DEV_JWT_SECRET, signDevToken } from '@voicegraph/platform';
import { Attack, ATTACKS, AttackRequest, sendAttack } from '@voicegraph/tools/dist/attacks';
import { RunningGateway } from './gateways';
import { quiesce, watchProcesses } from './process-stats';
import { BenchSystem } from './system';

const POLITE_CONNECTIONS = 8;
/** Each attack alone, one after another, this many times: its CPU per refusal and its time without contention. */
const ALONE = 20;
const ATTACKERS = 2;
/** The goal for every refusal, while polite callers and the other attacker run. */
export const REFUSAL_GOAL_MS = 50;
const auth = {
  secret: process.env.VOICEGRAPH_JWT_SECRET ?? DEV_JWT_SECRET,
  issuer: 'voicegraph',
  audience: 'voicegraph',
};

export interface AttackSetResult {
  markdown: string;
  /** The slowest refusal of any attack while polite callers ran, and which attack it was. */
  worst: { name: string; ms: number };
  politeP95: { alone: number; during: number };
}

const p95 = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? NaN;
};

/** `connections` loops sending `request` until `until` (a time, or while a predicate holds); every answer's latency (ms). */
async function politeLoad(
  url: string,
  request: AttackRequest,
  until: number | (() => boolean),
  connections: number,
): Promise<number[]> {
  const latencies: number[] = [];
  const going = typeof until === 'number' ? () => Date.now() < until : until;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (going()) {
        const result = await sendAttack(url, request);
        if (result.status !== 200) throw new Error(`a polite request failed: ${result.status} ${result.message}`);
        latencies.push(result.ms);
      }
    }),
  );
  return latencies;
}

/** What an attacker needs of an attack (its `build` function cannot cross to a worker thread). */
type Expected = Pick<Attack, 'name' | 'status' | 'code'>;

function expectRefused(definition: Expected, result: { status: number; code?: string }): void {
  if (result.status !== definition.status || result.code !== definition.code)
    throw new Error(`${definition.name} was not refused as expected: ${result.status} ${result.code}`);
}

/** Attackers sending every attack `times` times between them; each attack's refusal times (ms). */
async function attack(
  url: string,
  requests: [Expected, AttackRequest][],
  repeat: number,
): Promise<Map<string, number[]>> {
  const times = new Map<string, number[]>(requests.map(([a]) => [a.name, []]));
  const total = requests.length * repeat;
  await Promise.all(
    Array.from({ length: ATTACKERS }, async (_, offset) => {
      for (let i = offset; i < total; i += ATTACKERS) {
        const [definition, request] = requests[i % requests.length];
        const result = await sendAttack(url, request);
        expectRefused(definition, result);
        times.get(definition.name)!.push(result.ms);
      }
    }),
  );
  return times;
}

interface AttackerJob {
  url: string;
  requests: [Expected, AttackRequest][];
  repeat: number;
}

/** An attacker thread, started and warmed up: `go()` sends every attack and answers their refusal times. */
interface ReadyAttacker {
  go(): Promise<Map<string, number[]>>;
}

/**
 * Starts `attack` in a worker thread (its own event loop, so the polite callers' timing is theirs)
 * and resolves once it is ready: loading its modules and its first fetch (undici's set-up, a
 * connection) take a few hundred ms of CPU, which must not land in the window polite callers are
 * timed in, nor in the first attack's refusal time.
 */
function startAttacker(job: AttackerJob): Promise<ReadyAttacker> {
  return new Promise((ready, failed) => {
    const requests = job.requests.map(([{ name, status, code }, request]) => [{ name, status, code }, request]);
    const worker = new Worker(__filename, { workerData: { ...job, requests, attacker: true } });
    let done: { resolve(times: Map<string, number[]>): void; reject(error: Error): void } | undefined;
    const fail = (error: Error) => (done ? done.reject(error) : failed(error));
    worker.on('message', (message: 'ready' | [string, number[]][]) => {
      if (message === 'ready')
        ready({
          go: () =>
            new Promise((resolve, reject) => {
              done = { resolve, reject };
              worker.postMessage('go');
            }),
        });
      else done?.resolve(new Map(message));
    });
    worker.once('error', fail);
    worker.once('exit', (code) => {
      if (code !== 0) fail(new Error(`the attacker worker exited with code ${code}`));
    });
  });
}

interface AloneCost {
  /** Slowest of the ALONE sends, with nothing else running. */
  worstMs: number;
  /** CPU (user + system) per request, gateway with its workers. */
  gatewayCpuMs: number;
  /** CPU per request, the four subgraphs together. */
  subgraphCpuMs: number;
}

/** The processes that answer, and the CPU they use when nobody calls (relays, consumers, timers). */
interface Servers {
  gatewayPid: number;
  subgraphPids: number[];
  /** Idle CPU in cores, subtracted from each measurement so it counts only the requests' work. */
  idle: { gateway: number; subgraphs: number };
}

/** CPU seconds of the gateway and of the subgraphs together over the window `during` takes. */
async function cpuDuring(
  servers: Pick<Servers, 'gatewayPid' | 'subgraphPids'>,
  during: () => Promise<void>,
): Promise<{ gateway: number; subgraphs: number; seconds: number }> {
  const started = performance.now();
  const watch = watchProcesses([
    { name: 'gateway', pid: servers.gatewayPid },
    ...servers.subgraphPids.map((pid) => ({ name: 'subgraph', pid })),
  ]);
  await during();
  const [gateway, ...subgraphs] = watch.stop();
  return {
    gateway: gateway.cpuSeconds,
    subgraphs: subgraphs.reduce((sum, s) => sum + s.cpuSeconds, 0),
    seconds: (performance.now() - started) / 1000,
  };
}

async function measureIdle(gatewayPid: number, subgraphPids: number[]): Promise<Servers> {
  await quiesce([gatewayPid, ...subgraphPids]);
  const used = await cpuDuring({ gatewayPid, subgraphPids }, () => sleep(3000));
  return {
    gatewayPid,
    subgraphPids,
    idle: { gateway: used.gateway / used.seconds, subgraphs: used.subgraphs / used.seconds },
  };
}

/** Each request sent ALONE times, one at a time with nothing else sent: its time and the servers' CPU. */
async function costAlone(
  servers: Servers,
  url: string,
  request: AttackRequest,
  check: (result: Awaited<ReturnType<typeof sendAttack>>) => void,
): Promise<AloneCost> {
  await quiesce([servers.gatewayPid, ...servers.subgraphPids]);
  const times: number[] = [];
  const used = await cpuDuring(servers, async () => {
    for (let i = 0; i < ALONE; i += 1) {
      const result = await sendAttack(url, request);
      check(result);
      times.push(result.ms);
    }
  });
  const perRequest = (seconds: number, idleCores: number) =>
    (Math.max(0, seconds - idleCores * used.seconds) * 1000) / ALONE;
  return {
    worstMs: Math.max(...times),
    gatewayCpuMs: perRequest(used.gateway, servers.idle.gateway),
    subgraphCpuMs: perRequest(used.subgraphs, servers.idle.subgraphs),
  };
}

export async function runAttackSet(
  system: BenchSystem,
  ours: RunningGateway,
  log: (line: string) => void,
  { seconds, rounds }: { seconds: number; rounds: number },
): Promise<AttackSetResult> {
  // The polite caller is a partnership's founder, signed in to it: the services refuse strangers.
  const founderId = randomUUID();
  const founder = await signDevToken(auth, { sub: founderId, roles: ['PARTNERSHIP_ADMIN'] }, '1h');
  const created = await fetch(ours.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${founder}` },
    body: JSON.stringify({
      query: 'mutation($input: CreatePartnershipInput!) { createPartnership(input: $input) { id } }',
      variables: { input: { name: `Attack bench ${randomUUID().slice(0, 6)}` } },
    }),
  }).then((r) => r.json() as Promise<{ data?: { createPartnership?: { id: string } }; errors?: unknown }>);
  const partnership = created.data?.createPartnership?.id;
  if (!partnership) throw new Error(`could not create a partnership: ${JSON.stringify(created.errors)}`);
  const admin = await signDevToken(auth, { sub: founderId, roles: ['PARTNERSHIP_ADMIN'], partnership }, '1h');
  const polite: AttackRequest = {
    body: JSON.stringify({ query: '{ partnerships { totalCount edges { node { id name } } } }' }),
    headers: { authorization: `Bearer ${admin}` },
  };
  const requests: [Attack, AttackRequest][] = [];
  for (const definition of ATTACKS)
    requests.push([definition, await definition.build({ token: admin, secret: auth.secret })]);

  log(`warm-up, then polite callers alone for ${seconds} s (${POLITE_CONNECTIONS} connections)`);
  await politeLoad(ours.url, polite, Date.now() + 2000, POLITE_CONNECTIONS);
  await attack(ours.url, requests, 1);
  const alone = await politeLoad(ours.url, polite, Date.now() + seconds * 1000, POLITE_CONNECTIONS);
  log(`polite callers while ${ATTACKERS} attackers send every attack ${rounds} times`);
  const attacker = await startAttacker({ url: ours.url, requests, repeat: rounds });
  let attacking = true;
  const [during, times] = await Promise.all([
    politeLoad(ours.url, polite, () => attacking, POLITE_CONNECTIONS),
    attacker.go().finally(() => {
      attacking = false;
    }),
  ]);

  log(`each attack alone, ${ALONE} times, for its CPU per refusal`);
  const servers = await measureIdle(
    ours.child.process.pid!,
    system.subgraphs.map((s) => s.process.pid!),
  );
  const politeCost = await costAlone(servers, ours.url, polite, () => undefined);
  const costs = new Map<string, AloneCost>();
  for (const [definition, request] of requests)
    costs.set(
      definition.name,
      await costAlone(servers, ours.url, request, (result) => expectRefused(definition, result)),
    );

  const rows = [...times].map(([name, ms]) => ({
    name,
    worst: Math.max(...ms),
    sent: ms.length,
    ...costs.get(name)!,
  }));
  const [load1] = loadavg();
  const lines = [
    `${ATTACKERS} attackers send every attack of \`tools/src/attacks.ts\` ${rounds} times while ` +
      `${POLITE_CONNECTIONS} polite connections ask \`{ partnerships { totalCount edges { node { id name } } } }\`; ` +
      `polite callers alone for ${seconds} s before. Goal: every refusal under 50 ms; polite p95 unchanged. ` +
      `Machine: ${cpus().length} cores, load average ${load1.toFixed(1)} at the end (figures from a loaded machine are not comparable).`,
    '',
    `"Worst refusal" is the slowest answer while polite callers and the other attacker run; "alone" the ` +
      `slowest of ${ALONE} sent one at a time with nothing else sent (the processes idle first). CPU is user + system time per refusal ` +
      `(from /proc in 10 ms ticks, so ±${(10 / ALONE).toFixed(1)} ms over ${ALONE} requests, less the ` +
      `processes' idle CPU over the same time), for the gateway with its workers and for the four subgraphs together. A polite request for comparison: ${politeCost.gatewayCpuMs.toFixed(1)} ms ` +
      `gateway, ${politeCost.subgraphCpuMs.toFixed(1)} ms subgraphs, ${politeCost.worstMs.toFixed(1)} ms worst alone.`,
    '',
    '| attack | sent | worst refusal (ms) | worst alone (ms) | gateway CPU (ms) | subgraphs CPU (ms) |',
    '|---|---:|---:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${r.name} | ${r.sent} | ${r.worst.toFixed(1)} | ${r.worstMs.toFixed(1)} | ${r.gatewayCpuMs.toFixed(1)} | ${r.subgraphCpuMs.toFixed(1)} |`,
    ),
    '',
    `Polite callers' p95: ${p95(alone).toFixed(1)} ms alone (${alone.length} requests), ` +
      `${p95(during).toFixed(1)} ms while attacked (${during.length} requests).`,
    '',
  ];
  const worst = rows.reduce((a, b) => (b.worst > a.worst ? b : a));
  return {
    markdown: lines.join('\n'),
    worst: { name: worst.name, ms: worst.worst },
    politeP95: { alone: p95(alone), during: p95(during) },
  };
}

if (!isMainThread && (workerData as { attacker?: boolean } | null)?.attacker) {
  const job = workerData as AttackerJob;
  // Warm up this thread's fetch on the gateway's /health (no attack, no GraphQL), then wait for the word.
  void fetch(new URL('/health', job.url))
    .then((response) => response.text())
    .then(() => {
      parentPort!.once('message', () => {
        void attack(job.url, job.requests, job.repeat).then((times) => parentPort!.postMessage([...times]));
      });
      parentPort!.postMessage('ready');
    });
}

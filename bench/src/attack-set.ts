/**
 * The attack set of tools/src/attacks.ts against a running gateway: the worst time each attack
 * took to be refused while polite callers run, the CPU the gateway and subgraphs spent on each
 * refusal alone, and polite callers' p95 alone and while attacked. Figures, not a test: the goal
 * is every refusal under 50 ms and polite p95 unchanged. Run by `npm run bench` (after the other
 * workloads) and by `npm run bench:attacks` (this alone).
 *
 * The attackers run in a child process under `nice -n 19`: a real attacker's client CPU (building
 * and uploading a 5 MB body, encoding, parsing answers) is spent on their machine, not ours. On the
 * bench machine it would compete with the polite callers and the servers for the same cores and
 * count against the servers; niced, the attackers get only the CPU those leave. Their CPU over the
 * window is measured and reported, with every other process's.
 */
import { cpus, loadavg } from 'node:os';
import { randomUUID } from 'node:crypto';
import { spawn } from 'node:child_process';
import { Agent, request as httpRequest } from 'node:http';
import { performance } from 'node:perf_hooks';
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { DEV_JWT_SECRET, signDevToken } from '@voicegraph/platform';
import { Attack, ATTACKS, AttackRequest, sendAttack } from '@voicegraph/tools/dist/attacks';
import { RunningGateway } from './gateways';
import {
  cpuSeconds,
  eventLoopDelay,
  machineTicks,
  processTree,
  ProcessUsage,
  quiesce,
  watchProcesses,
} from './process-stats';
import { BenchSystem } from './system';

const POLITE_CONNECTIONS = 8;
/** Each attack alone, one after another, this many times: its CPU per refusal and its time without contention. */
const ALONE = 20;
const ATTACKERS = 2;
/** The attackers' niceness: 19 gives them only the CPU the servers and polite callers leave. */
const ATTACKER_NICE = 19;
/** The open-loop polite load's rate, as a share of the capacity the saturating polite callers measured alone. */
const POLITE_SHARE = 0.5;
/** The goal for every refusal, while polite callers and the other attacker run. */
export const REFUSAL_GOAL_MS = 50;
const auth = {
  secret: process.env.VOICEGRAPH_JWT_SECRET ?? DEV_JWT_SECRET,
  issuer: 'voicegraph',
  audience: 'voicegraph',
};

export interface AttackSetResult {
  markdown: string;
  /** The slowest refusal of any attack while polite callers ran (attackers at nice 0), and which attack it was. */
  worst: { name: string; ms: number };
  /** Alone; while attacked by niced attackers (the figure that counts); by attackers at nice 0. */
  politeP95: { alone: number; during: number; duringNice0: number };
  /** The same at the open-loop rate (requests/s, and its share of the saturating capacity), if it ran. */
  openPoliteP95?: { rate: number; share: number; alone: number; during: number; duringNice0: number };
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

/** An open-loop polite load's answers: latency from each request's scheduled send time, and how late it was sent. */
interface OpenLoad {
  latencies: number[];
  /** How late the bench process sent each request after its scheduled time (ms): the generator's own delay. */
  sendLag: number[];
}

/**
 * Polite requests at `rate` a second on a Poisson schedule (independent callers: exponential gaps),
 * sent whether or not earlier ones have been answered, while `going()` holds; then waits for every
 * answer. Each latency runs from the request's scheduled send time, not from when it went out, so
 * a late send (the bench process waiting for a core) and a queue of unanswered requests count, and
 * a slow answer cannot hold back the requests behind it (no coordinated omission). It uses
 * node:http with a keep-alive agent handing out its free connections in turn (`fifo`), so the
 * requests spread over connections and so over the gateway's workers as separate callers' would;
 * fetch's pool gives each request the first free connection, which at low concurrency is nearly
 * always the same one (one worker).
 */
async function openPoliteLoad(
  url: string,
  request: AttackRequest,
  rate: number,
  going: () => boolean,
): Promise<OpenLoad> {
  const target = new URL(url);
  const agent = new Agent({ keepAlive: true, scheduling: 'fifo' });
  const body = Buffer.from(request.body);
  const headers = { 'content-type': 'application/json', 'content-length': String(body.length), ...request.headers };
  const latencies: number[] = [];
  const sendLag: number[] = [];
  const answers: Promise<void>[] = [];
  let failure: Error | undefined;
  const send = (scheduled: number) =>
    new Promise<void>((resolve, reject) => {
      sendLag.push(performance.now() - scheduled);
      const req = httpRequest(
        { host: target.hostname, port: target.port, path: target.pathname, method: 'POST', headers, agent },
        (response) => {
          response.on('data', () => undefined);
          response.once('end', () => {
            if (response.statusCode !== 200) reject(new Error(`a polite request failed: ${response.statusCode}`));
            else {
              latencies.push(performance.now() - scheduled);
              resolve();
            }
          });
          response.once('error', reject);
        },
      );
      req.once('error', reject);
      req.end(body);
    });
  const gap = () => (-Math.log(1 - Math.random()) * 1000) / rate;
  let next = performance.now() + gap();
  while (going() && !failure) {
    const now = performance.now();
    for (; next <= now && !failure; next += gap())
      answers.push(
        send(next).catch((error: Error) => {
          failure ??= error;
        }),
      );
    await sleep(Math.max(0, next - performance.now()));
  }
  await Promise.all(answers);
  agent.destroy();
  if (failure) throw failure;
  return { latencies, sendLag };
}

/** What an attacker needs of an attack (its `build` function cannot cross to a worker thread). */
type Expected = Pick<Attack, 'name' | 'status' | 'code'>;

function expectRefused(definition: Expected, result: { status: number; code?: string }): void {
  if (result.status !== definition.status || result.code !== definition.code)
    throw new Error(`${definition.name} was not refused as expected: ${result.status} ${result.code}`);
}

/**
 * Attackers sending every attack at least `repeat` times between them, round after round until
 * `minSeconds` have passed too (so the polite callers' window is long enough for a stable p95);
 * each attack's refusal times (ms).
 */
async function attack(
  url: string,
  requests: [Expected, AttackRequest][],
  repeat: number,
  minSeconds = 0,
): Promise<Map<string, number[]>> {
  const times = new Map<string, number[]>(requests.map(([a]) => [a.name, []]));
  const total = requests.length * repeat;
  const until = performance.now() + minSeconds * 1000;
  let next = 0;
  // Whole rounds only, so every attack is sent as often as the others.
  const going = () => next < total || performance.now() < until || next % requests.length !== 0;
  await Promise.all(
    Array.from({ length: ATTACKERS }, async () => {
      while (going()) {
        const [definition, request] = requests[next % requests.length];
        next += 1;
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
  minSeconds: number;
}

/** What the attacker process answers after `go`. */
interface AttackerReport {
  times: [string, number[]][];
  /** The attacker process's own CPU over its attacks (user + system, all its threads), seconds. */
  cpuSeconds: number;
  /** Its main thread's event loop utilisation over the attacks (0..1). */
  eventLoopUtilization: number;
  seconds: number;
}

/** The attacker process, started and warmed up: `go()` sends the attacks and answers the report. */
interface ReadyAttacker {
  pid: number;
  /** Its niceness as the kernel has it (/proc/<pid>/stat), to show the nice took. */
  nice: number;
  go(): Promise<AttackerReport>;
  /** Lets it exit: not before its CPU has been read from /proc, which goes when it does. */
  release(): void;
}

const niceOf = (pid: number): number => {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]); // field 19
};

/**
 * Starts `attack` in a child process under `nice -n <nice>` (so every thread of it is niced) and
 * resolves once it is ready: loading its modules and its first fetch (undici's set-up, a
 * connection) take a few hundred ms of CPU, which must not land in the window polite callers are
 * timed in, nor in the first attack's refusal time. Messages: the job in, `ready` out, `go` in,
 * the report out.
 */
function startAttacker(job: AttackerJob, nice: number): Promise<ReadyAttacker> {
  return new Promise((ready, failed) => {
    const requests = job.requests.map(([{ name, status, code }, request]) => [{ name, status, code }, request]);
    const child = spawn('nice', ['-n', String(nice), process.execPath, __filename, '--attacker'], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let done: { resolve(report: AttackerReport): void; reject(error: Error): void } | undefined;
    const fail = (error: Error) => (done ? done.reject(error) : failed(error));
    child.on('message', (message: 'ready' | AttackerReport | { error: string }) => {
      if (message === 'ready')
        ready({
          pid: child.pid!,
          nice: niceOf(child.pid!),
          go: () =>
            new Promise((resolve, reject) => {
              done = { resolve, reject };
              child.send('go');
            }),
          release: () => child.disconnect(),
        });
      else if ('error' in message) fail(new Error(message.error));
      else done?.resolve(message);
    });
    child.once('error', fail);
    child.once('exit', (code) => {
      if (code !== 0) fail(new Error(`the attacker process exited with code ${code}`));
    });
    child.send({ ...job, requests });
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

/** CPU in cores over a window: the servers, this process (the polite callers), and the attacker process if any. */
interface WindowCpu {
  seconds: number;
  gateway: number;
  subgraphs: number;
  polite: number;
  attackers?: number;
  /** The gateway's processes one by one: its primary (which hands out connections), then its workers. */
  gatewayProcesses: number[];
  /** The gateway workers' event-loop delay over the window (prom-client's, from /metrics): p99 averaged over the workers, and the max of any, ms. */
  gatewayLag: { p99: number; max: number };
  /** The whole machine (/proc/stat): busy cores, and idle ones. */
  machine: { busy: number; idle: number };
}

async function watchWindow(
  gatewayUrl: string,
  gatewayPid: number,
  subgraphPids: number[],
  attackerPid?: number,
): Promise<{ stop(): Promise<WindowCpu> }> {
  await eventLoopDelay(gatewayUrl);
  const started = performance.now();
  // This process's own CPU from cpuUsage: its /proc tree would include the servers it started.
  const own = process.cpuUsage();
  const machine = machineTicks();
  const gatewayProcesses = processTree(gatewayPid);
  const gatewayBefore = gatewayProcesses.map(cpuSeconds);
  const watch = watchProcesses([
    { name: 'gateway', pid: gatewayPid },
    ...(attackerPid ? [{ name: 'attackers', pid: attackerPid }] : []),
    ...subgraphPids.map((pid) => ({ name: 'subgraph', pid })),
  ]);
  return {
    async stop() {
      const seconds = (performance.now() - started) / 1000;
      const used = watch.stop();
      const cores = (u: ProcessUsage[]) => u.reduce((sum, p) => sum + p.cpuSeconds, 0) / seconds;
      const ownUsed = process.cpuUsage(own);
      const ticks = machineTicks();
      const gatewayAfter = gatewayProcesses.map(cpuSeconds);
      return {
        seconds,
        gateway: cores(used.filter((p) => p.name === 'gateway')),
        subgraphs: cores(used.filter((p) => p.name === 'subgraph')),
        polite: (ownUsed.user + ownUsed.system) / 1e6 / seconds,
        attackers: attackerPid ? cores(used.filter((p) => p.name === 'attackers')) : undefined,
        gatewayProcesses: gatewayAfter.map((used, i) => (used - gatewayBefore[i]) / seconds),
        gatewayLag: await eventLoopDelay(gatewayUrl),
        machine: {
          busy: (ticks.busy - machine.busy) / 100 / seconds,
          idle: (ticks.idle - machine.idle) / 100 / seconds,
        },
      };
    },
  };
}

/** Windows' CPU together, as if one window as long as them all. */
function mergeCpu(windows: WindowCpu[]): WindowCpu {
  const seconds = windows.reduce((sum, w) => sum + w.seconds, 0);
  const mean = (pick: (w: WindowCpu) => number) => windows.reduce((sum, w) => sum + pick(w) * w.seconds, 0) / seconds;
  return {
    seconds,
    gateway: mean((w) => w.gateway),
    subgraphs: mean((w) => w.subgraphs),
    polite: mean((w) => w.polite),
    attackers: windows[0].attackers === undefined ? undefined : mean((w) => w.attackers ?? 0),
    gatewayProcesses: windows[0].gatewayProcesses.map((_, i) => mean((w) => w.gatewayProcesses[i] ?? 0)),
    gatewayLag: { p99: mean((w) => w.gatewayLag.p99), max: Math.max(...windows.map((w) => w.gatewayLag.max)) },
    machine: { busy: mean((w) => w.machine.busy), idle: mean((w) => w.machine.idle) },
  };
}

const gatewayByProcess = (name: string, cpu: WindowCpu): string =>
  `${name} ${cpu.gatewayProcesses.map((cores) => cores.toFixed(2)).join(', ')}`;

/** The machine's busy cores over a window that are none of ours: Postgres, Kafka, other people's work. */
const elsewhere = (cpu: WindowCpu): number =>
  Math.max(0, cpu.machine.busy - (cpu.gateway + cpu.subgraphs + cpu.polite + (cpu.attackers ?? 0)));

/** Each window of a kind, cycle by cycle: its polite p95 (ms), and the cores busy elsewhere in brackets. */
const byWindow = (windows: { latencies: number[]; cpu: WindowCpu }[]): string =>
  windows.map((w) => `${p95(w.latencies).toFixed(1)} (${elsewhere(w.cpu).toFixed(2)})`).join(', ');

const windowRow = (name: string, cpu: WindowCpu, latencies: number[]): string => {
  const ours = cpu.gateway + cpu.subgraphs + cpu.polite + (cpu.attackers ?? 0);
  return (
    `| ${name} | ${cpu.seconds.toFixed(1)} | ${latencies.length} | ${p95(latencies).toFixed(1)} | ${cpu.gateway.toFixed(2)} | ` +
    `${cpu.subgraphs.toFixed(2)} | ${cpu.polite.toFixed(2)} | ${cpu.attackers === undefined ? '–' : cpu.attackers.toFixed(2)} | ` +
    `${Math.max(0, cpu.machine.busy - ours).toFixed(2)} | ${cpu.machine.idle.toFixed(2)} | ` +
    `${cpu.gatewayLag.p99.toFixed(1)} / ${cpu.gatewayLag.max.toFixed(1)} |`
  );
};

export async function runAttackSet(
  system: BenchSystem,
  ours: RunningGateway,
  log: (line: string) => void,
  {
    seconds,
    rounds,
    cycles = 3,
    attackerNice = ATTACKER_NICE,
    politeShare = POLITE_SHARE,
  }: {
    /** Each window's length. */
    seconds: number;
    /** Every attack at least this many times in each kind of attacked window, across the cycles. */
    rounds: number;
    /** How many times the three kinds of window take turns. */
    cycles?: number;
    /** 0 puts the attackers on a par with the servers and polite callers (to compare). */
    attackerNice?: number;
    /** The open-loop polite rate as a share of the saturating capacity (0.5 = half); 0 for no open-loop windows. */
    politeShare?: number;
  },
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

  const gatewayPid = ours.child.process.pid!;
  const subgraphPids = system.subgraphs.map((s) => s.process.pid!);

  log(`warm-up (${POLITE_CONNECTIONS} polite connections)`);
  await politeLoad(ours.url, polite, Date.now() + 2000, POLITE_CONNECTIONS);
  await attack(ours.url, requests, 1);
  // The polite load: saturating (closed loop: POLITE_CONNECTIONS connections, each sending its next
  // request as soon as the last is answered), or open loop at a fixed rate (see openPoliteLoad).
  type PoliteLoad = (going: () => boolean) => Promise<OpenLoad>;
  const saturating: PoliteLoad = async (going) => ({
    latencies: await politeLoad(ours.url, polite, going, POLITE_CONNECTIONS),
    sendLag: [],
  });
  const aloneWindow = async (load: PoliteLoad) => {
    const watch = await watchWindow(ours.url, gatewayPid, subgraphPids);
    const end = Date.now() + seconds * 1000;
    const answers = await load(() => Date.now() < end);
    return { ...answers, cpu: await watch.stop() };
  };
  // Attacked twice: niced (the polite p95 that counts), and at nice 0, as a bench thread's attackers
  // were, so the rise the attackers' own client CPU causes shows as the difference.
  const perCycle = Math.ceil(rounds / cycles);
  const attackedWindow = async (load: PoliteLoad, nice: number) => {
    const attacker = await startAttacker({ url: ours.url, requests, repeat: perCycle, minSeconds: seconds }, nice);
    let attacking = true;
    const watch = await watchWindow(ours.url, gatewayPid, subgraphPids, attacker.pid);
    const [answers, report] = await Promise.all([
      load(() => attacking),
      attacker.go().finally(() => {
        attacking = false;
      }),
    ]);
    const cpu = await watch.stop();
    attacker.release();
    return { kernelNice: attacker.nice, ...answers, report, cpu };
  };
  type AloneWindow = Awaited<ReturnType<typeof aloneWindow>>;
  type AttackedWindow = Awaited<ReturnType<typeof attackedWindow>>;
  const windows = () => ({ alone: [] as AloneWindow[], niced: [] as AttackedWindow[], level: [] as AttackedWindow[] });
  const closed = windows();
  const open = windows();
  // The open-loop rate: `politeShare` of the capacity the cycle's saturating alone window measured
  // (its answers a second), the same for the cycle's three open-loop windows. Set cycle by cycle:
  // other people's work on the machine comes and goes, and a rate fixed from one window can exceed
  // what a later cycle has left, when the open loop's queue (and p95) grows without bound.
  const capacities: number[] = [];
  const rates: number[] = [];
  // The machine is shared: other people's work comes and goes over seconds. The kinds of window
  // take turns, `cycles` times, so each kind sees the same mix of it.
  for (let cycle = 1; cycle <= cycles; cycle += 1) {
    log(
      `cycle ${cycle} of ${cycles}: polite callers alone for ${seconds} s, then while ${ATTACKERS} attackers ` +
        `send every attack ${perCycle} times, and on for at least ${seconds} s, at nice ${attackerNice}, then at nice 0; ` +
        `saturating, then ${politeShare > 0 ? `open loop at ${(politeShare * 100).toFixed(0)}% of capacity` : '(no open loop)'}`,
    );
    closed.alone.push(await aloneWindow(saturating));
    closed.niced.push(await attackedWindow(saturating, attackerNice));
    closed.level.push(await attackedWindow(saturating, 0));
    if (politeShare <= 0) continue;
    const saturated = closed.alone[closed.alone.length - 1];
    const capacity = saturated.latencies.length / saturated.cpu.seconds;
    const rate = politeShare * capacity;
    capacities.push(capacity);
    rates.push(rate);
    log(`capacity ${capacity.toFixed(0)} polite requests/s saturating alone: open loop at ${rate.toFixed(0)}/s`);
    const openLoad: PoliteLoad = (going) => openPoliteLoad(ours.url, polite, rate, going);
    open.alone.push(await aloneWindow(openLoad));
    open.niced.push(await attackedWindow(openLoad, attackerNice));
    open.level.push(await attackedWindow(openLoad, 0));
  }
  const pool = (nice: number, windows: AttackedWindow[]) => {
    const times = new Map<string, number[]>();
    for (const window of windows)
      for (const [name, ms] of window.report.times) times.set(name, [...(times.get(name) ?? []), ...ms]);
    const seconds = windows.reduce((sum, w) => sum + w.report.seconds, 0);
    return {
      nice,
      kernelNice: windows[0].kernelNice,
      latencies: windows.flatMap((w) => w.latencies),
      sendLag: windows.flatMap((w) => w.sendLag),
      report: {
        cpuSeconds: windows.reduce((sum, w) => sum + w.report.cpuSeconds, 0),
        seconds,
        eventLoopUtilization:
          windows.reduce((sum, w) => sum + w.report.eventLoopUtilization * w.report.seconds, 0) / seconds,
      },
      cpu: mergeCpu(windows.map((w) => w.cpu)),
      times,
      sent: [...times.values()].reduce((sum, ms) => sum + ms.length, 0),
    };
  };
  const alone = closed.alone.flatMap((w) => w.latencies);
  const aloneCpu = mergeCpu(closed.alone.map((w) => w.cpu));
  const niced = pool(attackerNice, closed.niced);
  const level = pool(0, closed.level);
  const openRun =
    open.alone.length > 0
      ? {
          alone: open.alone.flatMap((w) => w.latencies),
          aloneSendLag: open.alone.flatMap((w) => w.sendLag),
          aloneCpu: mergeCpu(open.alone.map((w) => w.cpu)),
          niced: pool(attackerNice, open.niced),
          level: pool(0, open.level),
        }
      : undefined;

  log(`each attack alone, ${ALONE} times, for its CPU per refusal`);
  const servers = await measureIdle(gatewayPid, subgraphPids);
  const politeCost = await costAlone(servers, ours.url, polite, () => undefined);
  const costs = new Map<string, AloneCost>();
  for (const [definition, request] of requests)
    costs.set(
      definition.name,
      await costAlone(servers, ours.url, request, (result) => expectRefused(definition, result)),
    );

  const rows = [...level.times].map(([name, ms]) => ({
    name,
    worst: Math.max(...ms),
    sent: ms.length,
    worstNiced: Math.max(...niced.times.get(name)!),
    worstOpen: openRun ? Math.max(...openRun.level.times.get(name)!) : NaN,
    ...costs.get(name)!,
  }));
  const share = `${(politeShare * 100).toFixed(0)}%`;
  const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;
  const rate = mean(rates);
  const byCycle = (values: number[]) => values.map((v) => v.toFixed(0)).join(', ');
  const openLabel = `open loop, ${share} of capacity (${rate.toFixed(0)} requests/s)`;
  const lagOf = (ms: number[]) => `p95 ${p95(ms).toFixed(1)} ms, max ${Math.max(...ms).toFixed(1)} ms`;
  const attackerCpu = (w: typeof niced) =>
    `${w.report.cpuSeconds.toFixed(2)} s of CPU for ${w.sent} attacks in ${w.report.seconds.toFixed(1)} s ` +
    `(${((w.report.cpuSeconds * 1000) / w.sent).toFixed(1)} ms each, ${(w.report.cpuSeconds / w.report.seconds).toFixed(2)} cores, ` +
    `event loop ${(w.report.eventLoopUtilization * 100).toFixed(0)}% busy)`;
  const [load1, load5] = loadavg();
  const lines = [
    `${POLITE_CONNECTIONS} polite connections ask \`{ partnerships { totalCount edges { node { id name } } } }\` ` +
      `alone for ${seconds} s, then while ${ATTACKERS} attackers send every attack of \`tools/src/attacks.ts\` ` +
      `at least ${perCycle} times, round after round for at least ${seconds} s, niced, then the same at nice 0 ("saturating": ` +
      `each connection sends its next request as soon as the last is answered, so the polite callers take every core they can get). ` +
      (openRun
        ? `Then the same three windows with polite requests sent at a fixed rate instead (open loop, Poisson arrivals): ` +
          `${share} of the requests a second the cycle's saturating alone window answered (${byCycle(capacities)} by cycle, ` +
          `so ${byCycle(rates)} a second; ${rate.toFixed(0)} on average), each timed from its scheduled send time, so queueing counts. `
        : '') +
      `The ${openRun ? 'six' : 'three'} windows take turns ${cycles} times and each kind's figures are over its ${cycles} windows together. Goal: every refusal under 50 ms; polite p95 unchanged. ` +
      `Machine: ${cpus().length} cores, load average ${load1.toFixed(1)} (1 min) and ${load5.toFixed(1)} (5 min) at the end (figures from a loaded machine are not comparable).`,
    '',
    `The attackers run in a child process. In the window that counts they run under \`nice -n ${niced.nice}\` ` +
      `(the kernel shows nice ${niced.kernelNice}): a real attacker's client CPU (building and uploading a 5 MB body, ` +
      `encoding, parsing answers) is spent on their machine, not ours, while here it would take the same 2 cores from the ` +
      `servers and the polite callers and count against the servers; niced, the attackers get only the CPU those leave. ` +
      `They used ${attackerCpu(niced)}. Then the same again at nice ${level.kernelNice}, on equal terms with the servers and ` +
      `the polite callers (as the attackers were when they ran in a thread of the bench process): ${attackerCpu(level)}. ` +
      `The difference between the two windows' polite p95 is what the attackers' own client CPU costs on this machine.`,
    '',
    `CPU over each window in cores (1.0 = one core busy throughout; /proc, user + system, a process with its workers; ` +
      `"everything else" is the rest of the machine's busy time from /proc/stat: Postgres, Kafka and other people's work; ` +
      `"idle" its idle cores; the event-loop delay is prom-client's on the gateway's workers, from its /metrics, ` +
      `p99 averaged over the workers and windows, max of any; it samples every 10 ms and counts the whole interval, ` +
      `so an idle loop shows about 10 ms):`,
    '',
    '| window | s | polite requests | polite p95 (ms) | gateway | subgraphs | polite callers (bench process) | attackers | everything else | idle | gateway event-loop delay p99 / max (ms) |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    windowRow('saturating: polite callers alone', aloneCpu, alone),
    windowRow(
      `saturating: attacked, attackers at nice ${niced.nice} (${niced.sent} attacks)`,
      niced.cpu,
      niced.latencies,
    ),
    windowRow(`saturating: attacked, attackers at nice 0 (${level.sent} attacks)`, level.cpu, level.latencies),
    ...(openRun
      ? [
          windowRow(`${openLabel}: polite callers alone`, openRun.aloneCpu, openRun.alone),
          windowRow(
            `${openLabel}: attacked, attackers at nice ${openRun.niced.nice} (${openRun.niced.sent} attacks)`,
            openRun.niced.cpu,
            openRun.niced.latencies,
          ),
          windowRow(
            `${openLabel}: attacked, attackers at nice 0 (${openRun.level.sent} attacks)`,
            openRun.level.cpu,
            openRun.level.latencies,
          ),
        ]
      : []),
    '',
    `The gateway by process (primary, then workers), in cores: saturating, ${gatewayByProcess('alone', aloneCpu)}; ` +
      `${gatewayByProcess(`attackers at nice ${niced.nice}`, niced.cpu)}; ${gatewayByProcess('at nice 0', level.cpu)}` +
      (openRun
        ? `; open loop, ${gatewayByProcess('alone', openRun.aloneCpu)}; ` +
          `${gatewayByProcess(`attackers at nice ${openRun.niced.nice}`, openRun.niced.cpu)}; ${gatewayByProcess('at nice 0', openRun.level.cpu)}`
        : '') +
      '.',
    '',
    `Polite p95 window by window, cycle by cycle, in ms, with the cores busy elsewhere (everything else) in brackets: ` +
      `saturating, alone ${byWindow(closed.alone)}; attackers at nice ${attackerNice} ${byWindow(closed.niced)}; ` +
      `at nice 0 ${byWindow(closed.level)}` +
      (openRun
        ? `; open loop, alone ${byWindow(open.alone)}; attackers at nice ${attackerNice} ${byWindow(open.niced)}; ` +
          `at nice 0 ${byWindow(open.level)}`
        : '') +
      '. A window whose p95 stands out with more work elsewhere measured the machine, not the attacks.',
    '',
    ...(openRun
      ? [
          `Open loop: the bench process sent each polite request this late after its scheduled time (its own waits for a ` +
            `core and its timer's granularity; counted in the latencies): alone ${lagOf(openRun.aloneSendLag)}; attackers at ` +
            `nice ${openRun.niced.nice} ${lagOf(openRun.niced.sendLag)}; at nice 0 ${lagOf(openRun.level.sendLag)}. ` +
            `The attackers used ${attackerCpu(openRun.niced)} niced, and ${attackerCpu(openRun.level)} at nice 0.`,
          '',
        ]
      : []),
    `"Worst refusal" is the slowest answer in the nice-0 window, while polite callers and the other attacker run; ` +
      `"niced" the slowest in the nice-${niced.nice} window, as the niced client saw it, so it includes the client's own ` +
      `waits for a core; "alone" the ` +
      `slowest of ${ALONE} sent one at a time with nothing else sent (the processes idle first). CPU is user + system time per refusal ` +
      `(from /proc in 10 ms ticks, so ±${(10 / ALONE).toFixed(1)} ms over ${ALONE} requests, less the ` +
      `processes' idle CPU over the same time), for the gateway with its workers and for the four subgraphs together. A polite request for comparison: ${politeCost.gatewayCpuMs.toFixed(1)} ms ` +
      `gateway, ${politeCost.subgraphCpuMs.toFixed(1)} ms subgraphs, ${politeCost.worstMs.toFixed(1)} ms worst alone.` +
      (openRun
        ? ` "Worst, open loop" is the slowest in the nice-0 windows with the polite load at ${share} of capacity.`
        : ''),
    '',
    `| attack | sent (nice 0) | worst refusal (ms) | worst niced (ms) | worst alone (ms) | gateway CPU (ms) | subgraphs CPU (ms) |${openRun ? ' worst, open loop (ms) |' : ''}`,
    `|---|---:|---:|---:|---:|---:|---:|${openRun ? '---:|' : ''}`,
    ...rows.map(
      (r) =>
        `| ${r.name} | ${r.sent} | ${r.worst.toFixed(1)} | ${r.worstNiced.toFixed(1)} | ${r.worstMs.toFixed(1)} | ${r.gatewayCpuMs.toFixed(1)} | ${r.subgraphCpuMs.toFixed(1)} |` +
        (openRun ? ` ${r.worstOpen.toFixed(1)} |` : ''),
    ),
    '',
    `Polite callers' p95, saturating: ${p95(alone).toFixed(1)} ms alone (${alone.length} requests), ` +
      `${p95(niced.latencies).toFixed(1)} ms while attacked by niced attackers (${niced.latencies.length} requests), ` +
      `${p95(level.latencies).toFixed(1)} ms by attackers at nice 0 (${level.latencies.length} requests).` +
      (openRun
        ? ` Open loop at ${share} of capacity (${rate.toFixed(0)} requests/s on average): ${p95(openRun.alone).toFixed(1)} ms alone ` +
          `(${openRun.alone.length} requests), ${p95(openRun.niced.latencies).toFixed(1)} ms while attacked by niced attackers ` +
          `(${openRun.niced.latencies.length} requests), ${p95(openRun.level.latencies).toFixed(1)} ms by attackers at nice 0 ` +
          `(${openRun.level.latencies.length} requests).`
        : ''),
    '',
  ];
  const worst = rows.reduce((a, b) => (b.worst > a.worst ? b : a));
  return {
    markdown: lines.join('\n'),
    worst: { name: worst.name, ms: worst.worst },
    politeP95: { alone: p95(alone), during: p95(niced.latencies), duringNice0: p95(level.latencies) },
    openPoliteP95: openRun && {
      rate,
      share: politeShare,
      alone: p95(openRun.alone),
      during: p95(openRun.niced.latencies),
      duringNice0: p95(openRun.level.latencies),
    },
  };
}

if (require.main === module && process.argv[2] === '--attacker' && process.send) {
  const send = process.send.bind(process);
  // The bench lets it go (or has gone): nothing more to do.
  process.once('disconnect', () => process.exit(0));
  process.once('message', (job: AttackerJob) => {
    // Warm up this process's fetch on the gateway's /health (no attack, no GraphQL), then wait for the word.
    void fetch(new URL('/health', job.url))
      .then((response) => response.text())
      .then(() => {
        process.once('message', () => {
          const cpu = process.cpuUsage();
          const elu = performance.eventLoopUtilization();
          const started = performance.now();
          attack(job.url, job.requests, job.repeat, job.minSeconds).then(
            (times) => {
              const used = process.cpuUsage(cpu);
              const report: AttackerReport = {
                times: [...times],
                cpuSeconds: (used.user + used.system) / 1e6,
                eventLoopUtilization: performance.eventLoopUtilization(elu).utilization,
                seconds: (performance.now() - started) / 1000,
              };
              send(report);
            },
            (error: Error) => send({ error: error.message }, undefined, undefined, () => process.exit(1)),
          );
        });
        send('ready');
      });
  });
}

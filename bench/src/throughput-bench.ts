/**
 * `npm run bench:throughput [-- --workload trail-distinct --connections 10,50 --seconds S --rounds N --warmup S]`:
 * what bounds one workload's throughput through our gateway. The same system and data as
 * `npm run bench` (our gateway only); autocannon at each number of connections, as `npm run bench`
 * drives it, and over every window the CPU of every process on the machine, by role: our gateway's
 * primary and each worker, each subgraph, this process (the load generator), the Postgres backends
 * of the bench database and every other Postgres process, each Kafka broker, and the rest of the
 * machine (/proc/stat); the event-loop delay of the gateway's workers and of each subgraph
 * (prom-client's, from /metrics: a scrape resets it); how many of each subgraph's pooled Postgres
 * connections were busy (pg_stat_activity, sampled every 100 ms); and the machine's run queue
 * (/proc/stat procs_running, same samples). Writes results/throughput-latest.{json,md}.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import { withDatabase } from '@voicegraph/tools/dist/infra';
import { DemoContext } from '@voicegraph/tools/dist/demo/demo-context';
import { startGateways } from './gateways';
import { loadRound, RoundResult } from './load';
import {
  benchBackendPids,
  cpuSeconds,
  eventLoopDelay,
  machineTicks,
  processTree,
  quiesce,
  round,
} from './process-stats';
import { BENCH_DATABASE } from './ports';
import { machine } from './report';
import { seedBenchData } from './seed';
import { benchDir, startBenchSystem } from './system';
import { buildWorkloads, WorkloadId } from './workloads';
import { benchLog, numberOption, option } from './cli';

function envArg(name: string): Record<string, string> {
  const raw = option(name);
  return raw
    ? Object.fromEntries(
        raw.split(',').map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]),
      )
    : {};
}
const settings = {
  workload: (option('--workload') ?? 'trail-distinct') as WorkloadId,
  connections: (option('--connections') ?? '10,50').split(',').map(Number),
  seconds: numberOption('--seconds', 8),
  rounds: numberOption('--rounds', 2),
  warmupSeconds: numberOption('--warmup', 5),
  /** Extra environment for our gateway (`--gateway-env K=V,K=V`) and for the subgraphs (`--subgraph-env`), to try a setting. */
  gatewayEnv: envArg('--gateway-env'),
  subgraphEnv: envArg('--subgraph-env'),
};
const t0 = Date.now();
const log = benchLog('bench:throughput');
const loadAverage = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');

const procsRunning = (): number => Number(/^procs_running (\d+)/m.exec(readFileSync('/proc/stat', 'utf8'))?.[1] ?? NaN);

/** Every process whose command line matches, with its pid. */
function processesMatching(test: (cmdline: string, comm: string) => boolean): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' ');
      const comm = readFileSync(`/proc/${entry}/comm`, 'utf8').trim();
      if (test(cmdline, comm)) pids.push(Number(entry));
    } catch {
      // gone
    }
  }
  return pids;
}

interface Window {
  connections: number;
  round: number;
  loadAverageBefore: string;
  result: RoundResult;
  /** Cores used on average over the window, by process or role. */
  cores: Record<string, number>;
  /** CPU ms per answered request, by process or role. */
  msPerRequest: Record<string, number>;
  loopDelayMs: Record<string, { p99: number; max: number; mean: number }>;
  /** Busy pooled connections per subgraph (state not idle), mean and max of the samples; and the pool size. */
  busyConnections: Record<string, { mean: number; max: number; atPoolSize: number }>;
  runQueue: { mean: number; max: number };
}

async function main(): Promise<void> {
  log(`load average ${loadAverage()}; ${JSON.stringify(settings)}`);
  const system = await startBenchSystem(log, settings.subgraphEnv);
  const [ours] = await startGateways(system, ['ours'], log, settings.gatewayEnv);
  const db = new Client({ connectionString: withDatabase(system.infrastructure.adminUrl, BENCH_DATABASE) });
  await db.connect();
  const windows: Window[] = [];
  try {
    if (!ours) throw new Error('our gateway did not start');
    const demo = new DemoContext(ours.url);
    const data = await seedBenchData(demo, log);
    const workload = (await buildWorkloads(demo, data)).find((w) => w.id === settings.workload);
    if (!workload) throw new Error(`no workload ${settings.workload}`);
    const subgraphs = system.subgraphs.map((s) => ({
      name: s.name.replace('bench-', ''),
      url: s.url,
      pid: s.process.pid!,
    }));
    const gatewayPid = ours.child.process.pid!;
    const gatewayBase = ours.url.replace(/\/graphql$/, '');
    const pids = [gatewayPid, ...subgraphs.map((s) => s.pid)];
    await quiesce(pids, 30_000);
    log(`warm-up ${settings.warmupSeconds} s at 10 connections`);
    await loadRound(ours.url, workload.operations, 10, settings.warmupSeconds, undefined, workload.traffic);
    await quiesce(pids, 10_000);

    for (let r = 0; r < settings.rounds; r += 1)
      for (const connections of settings.connections) {
        const loadAverageBefore = loadAverage();
        const gatewayProcesses = processTree(gatewayPid);
        const postgresAll = processesMatching((_c, comm) => comm === 'postgres');
        const benchBackends = await benchBackendPids(db);
        const otherPostgres = postgresAll.filter((pid) => !benchBackends.includes(pid));
        const kafkas = processesMatching((cmdline, comm) => comm === 'java' && /kafka/i.test(cmdline));
        const groups: Record<string, number[]> = {
          'gateway primary': [gatewayProcesses[0]],
          ...Object.fromEntries(gatewayProcesses.slice(1).map((pid, i) => [`gateway worker ${i + 1}`, [pid]])),
          ...Object.fromEntries(subgraphs.map((s) => [s.name, [s.pid]])),
          'postgres, bench backends': benchBackends,
          'postgres, everything else': otherPostgres,
          ...Object.fromEntries(
            kafkas.map((pid) => {
              const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
              const where = /-Dlog4j\.configuration=file:([^\0]*)\/\.cache\/kafka/.exec(cmdline)?.[1] ?? String(pid);
              return [`kafka (${where})`, [pid]];
            }),
          ),
        };
        // A process that ends within the window (another session's backend) is left to the rest of the machine.
        const cpuOf = () =>
          new Map(
            Object.values(groups)
              .flat()
              .map((pid) => [pid, cpuSeconds(pid)]),
          );
        await Promise.all([eventLoopDelay(gatewayBase), ...subgraphs.map((s) => eventLoopDelay(s.url))]); // reset
        const busySamples: Record<string, number[]> = Object.fromEntries(subgraphs.map((s) => [s.name, []]));
        const runQueue: number[] = [];
        let sampling = true;
        const sampler = (async () => {
          while (sampling) {
            runQueue.push(procsRunning());
            const { rows: activity } = await db.query<{ role: string; busy: number }>(
              `SELECT usename AS role, count(*) FILTER (WHERE state <> 'idle')::int AS busy
                 FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid() AND application_name LIKE 'voicegraph-%'
                 GROUP BY usename`,
              [BENCH_DATABASE],
            );
            for (const s of subgraphs)
              busySamples[s.name].push(activity.find((a) => a.role === `vg_${s.name}`)?.busy ?? 0);
            await sleep(100);
          }
        })();
        const started = performance.now();
        const ownBefore = process.cpuUsage();
        const ticksBefore = machineTicks();
        const before = cpuOf();
        const result = await loadRound(
          ours.url,
          workload.operations,
          connections,
          settings.seconds,
          undefined,
          workload.traffic,
        );
        const after = cpuOf();
        const ticksAfter = machineTicks();
        const own = process.cpuUsage(ownBefore);
        const seconds = (performance.now() - started) / 1000;
        sampling = false;
        await sampler;
        const delays = await Promise.all([eventLoopDelay(gatewayBase), ...subgraphs.map((s) => eventLoopDelay(s.url))]);
        const used: Record<string, number> = Object.fromEntries(
          Object.entries(groups).map(([k, list]) => [
            k,
            list.reduce((sum, pid) => {
              const spent = after.get(pid)! - before.get(pid)!;
              return Number.isFinite(spent) ? sum + spent : sum;
            }, 0),
          ]),
        );
        used['load generator (this process)'] = (own.user + own.system) / 1e6;
        const counted = Object.values(used).reduce((a, b) => a + b, 0);
        const machineBusy =
          ((ticksAfter.busy - ticksBefore.busy) / (ticksAfter.total - ticksBefore.total)) *
          availableParallelism() *
          seconds;
        used['rest of the machine'] = machineBusy - counted;
        used['machine, busy'] = machineBusy;
        const window: Window = {
          connections,
          round: r + 1,
          loadAverageBefore,
          result,
          cores: Object.fromEntries(Object.entries(used).map(([k, v]) => [k, round(v / seconds, 2)])),
          msPerRequest: Object.fromEntries(
            Object.entries(used).map(([k, v]) => [k, round((v * 1000) / result.requests, 2)]),
          ),
          loopDelayMs: Object.fromEntries([
            ['gateway workers', delays[0]],
            ...subgraphs.map((s, i) => [s.name, delays[i + 1]]),
          ]),
          busyConnections: Object.fromEntries(
            subgraphs.map((s) => {
              const samples = busySamples[s.name];
              return [
                s.name,
                {
                  mean: round(samples.reduce((a, b) => a + b, 0) / samples.length, 2),
                  max: Math.max(...samples),
                  atPoolSize: round(samples.filter((n) => n >= 10).length / samples.length, 2),
                },
              ];
            }),
          ),
          runQueue: {
            mean: round(runQueue.reduce((a, b) => a + b, 0) / runQueue.length, 2),
            max: Math.max(...runQueue),
          },
        };
        windows.push(window);
        log(
          `c=${connections} round ${r + 1} (load ${loadAverageBefore}): ${result.rps} req/s p50 ${result.p50} p95 ${result.p95} p99 ${result.p99} errors ${result.errors}`,
        );
        log(`  cores ${JSON.stringify(window.cores)}`);
        log(`  loop delay ${JSON.stringify(window.loopDelayMs)}`);
        log(
          `  busy connections ${JSON.stringify(window.busyConnections)} run queue ${JSON.stringify(window.runQueue)}`,
        );
        await quiesce(pids, 10_000);
      }
  } finally {
    await db.end();
    await ours?.child.stop();
    await system.stop();
  }
  const result = {
    startedAt: new Date(t0).toISOString(),
    machine: machine(),
    settings,
    loadAverageAtEnd: loadAverage(),
    windows,
  };
  const dir = join(benchDir(), 'results');
  writeFileSync(join(dir, 'throughput-latest.json'), `${JSON.stringify(result, null, 2)}\n`);
  writeFileSync(join(dir, 'throughput-latest.md'), markdown(result));
  log(`wrote ${join(dir, 'throughput-latest.md')}`);
}

function markdown(r: {
  startedAt: string;
  machine: { nproc: number; cpu: string; node: string };
  settings: typeof settings;
  loadAverageAtEnd: string;
  windows: Window[];
}): string {
  const roles = Object.keys(r.windows[0]?.cores ?? {});
  const lines = [
    `Run ${r.startedAt} (\`npm run bench:throughput\`, ${r.settings.workload}, ${r.settings.rounds} round(s) of ${r.settings.seconds} s per number of connections after a ${r.settings.warmupSeconds} s warm-up) on ${r.machine.nproc} cores, ${r.machine.cpu}, Node ${r.machine.node}; load average at the end ${r.loadAverageAtEnd}.`,
    '',
    '| conns | round | load average before | req/s | p50 ms | p95 ms | p99 ms | errors | machine busy (cores) | run queue mean / max |',
    '|---:|---:|---|---:|---:|---:|---:|---:|---:|---|',
    ...r.windows.map(
      (w) =>
        `| ${w.connections} | ${w.round} | ${w.loadAverageBefore} | ${w.result.rps} | ${w.result.p50} | ${w.result.p95} | ${w.result.p99} | ${w.result.errors} | ${w.cores['machine, busy']} | ${w.runQueue.mean} / ${w.runQueue.max} |`,
    ),
    '',
    'Cores used over the window, and CPU ms per answered request, by process or role:',
    '',
    `| process | ${r.windows.map((w) => `c=${w.connections} r${w.round} cores | ms/req`).join(' | ')} |`,
    `|---|${r.windows.map(() => '---:|---:').join('|')}|`,
    ...roles.map(
      (role) => `| ${role} | ${r.windows.map((w) => `${w.cores[role]} | ${w.msPerRequest[role]}`).join(' | ')} |`,
    ),
    '',
    'Event-loop delay over the window (prom-client, ms; the gateway: p99 and mean averaged over its workers, max of any) and busy pooled Postgres connections per subgraph (pool of 10; mean / max / share of samples at 10):',
    '',
    `| process | ${r.windows.map((w) => `c=${w.connections} r${w.round} loop p99 / max | busy conns`).join(' | ')} |`,
    `|---|${r.windows.map(() => '---|---').join('|')}|`,
    ...Object.keys(r.windows[0]?.loopDelayMs ?? {}).map(
      (name) =>
        `| ${name} | ${r.windows
          .map((w) => {
            const d = w.loopDelayMs[name];
            const b = w.busyConnections[name];
            return `${d.p99} / ${d.max} | ${b ? `${b.mean} / ${b.max} / ${b.atPoolSize}` : '—'}`;
          })
          .join(' | ')} |`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}

main().then(
  () => process.exit(0),
  (error: Error) => {
    process.stderr.write(`bench:throughput failed: ${error.stack}\n`);
    process.exit(1);
  },
);

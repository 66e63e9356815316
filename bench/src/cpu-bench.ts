/**
 * `npm run bench:cpu [-- --requests N --concurrency C --workloads a,b --profile DIR --lag-rate R --lag-seconds S]`:
 * the figures that stay put on a busy, shared machine. The same system and data as `npm run bench`,
 * our gateway only; for each distinct-caller read workload, N requests (seeded draw, C at a
 * time; `--workloads` picks them, `write-distinct` included) and, per request, the CPU milliseconds of every process (gateway with its workers, each
 * subgraph, and the Postgres backends serving the bench database) and the SQL statements of each
 * subgraph; then projection lag per consumer under a steady registerPerson load. Throughput is
 * not reported: on a shared machine it measures the neighbours. `--profile DIR` runs the
 * subgraphs and our gateway (primary and workers) under `node --cpu-prof` (profiles written to
 * DIR when they stop).
 * Writes bench/results/cpu-latest.{json,md}.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { withDatabase } from '@voicegraph/tools/dist/infra';
import { DemoContext } from '@voicegraph/tools/dist/demo/demo-context';
import { startGateways } from './gateways';
import { percentile, seededRandom } from './load';
import { benchBackendPids, cpuSeconds, processTree, quiesce, round } from './process-stats';
import { BENCH_DATABASE } from './ports';
import { projectionLag, ProjectionLag, registerPersonLoad } from './projection-lag';
import { machine } from './report';
import { seedBenchData } from './seed';
import { sqlStatements, statementsPerRequest } from './sql-count';
import { benchDir, startBenchSystem } from './system';
import { buildWorkloads, json, leadClaims, Operation, PEOPLE_QUERY, tokenFor, TRAIL_QUERY } from './workloads';
import { benchLog, numberOption, option } from './cli';

const settings = {
  requests: numberOption('--requests', 400),
  concurrency: numberOption('--concurrency', 8),
  lagRate: numberOption('--lag-rate', 20),
  lagSeconds: numberOption('--lag-seconds', 20),
  workloads: (option('--workloads') ?? 'trail-distinct,own-view-distinct,people-page-distinct').split(','),
};
const profileDir = option('--profile') ? resolve(option('--profile')!) : undefined;
const t0 = Date.now();
const log = benchLog('bench:cpu');

interface CpuCell {
  workload: string;
  requests: number;
  errors: number;
  p50Ms: number;
  /** CPU ms per request, by process. */
  cpuMsPerRequest: Record<string, number>;
  /** SQL statements per request, by subgraph. */
  sqlPerRequest: Record<string, number>;
}

/** The Postgres backends serving the bench database (its pools), CPU seconds each. */
async function backendCpu(db: Client): Promise<Map<number, number>> {
  return new Map((await benchBackendPids(db)).map((pid) => [pid, cpuSeconds(pid)]));
}

/** `count` requests drawn at random (seeded) from the pool, `concurrency` at a time. */
async function drive(url: string, pool: Operation[], count: number, concurrency: number) {
  const random = seededRandom(pool.length);
  const latencies: number[] = [];
  let next = 0;
  let errors = 0;
  const worker = async () => {
    while (next < count) {
      next += 1;
      const op = pool[Math.floor(random() * pool.length)];
      const started = performance.now();
      const body = (await (await fetch(url, { method: 'POST', headers: op.headers, body: op.body })).json()) as {
        errors?: unknown[];
      };
      latencies.push(performance.now() - started);
      if (body.errors?.length) errors += 1;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  latencies.sort((a, b) => a - b);
  return { errors, p50: round(percentile(latencies, 50), 1) };
}

async function main(): Promise<void> {
  const load = () =>
    loadavg()
      .map((n) => n.toFixed(2))
      .join(' ');
  const loadAtStart = load();
  log(`load average ${loadAtStart}; ${JSON.stringify(settings)}${profileDir ? `; profiles to ${profileDir}` : ''}`);
  if (profileDir) mkdirSync(profileDir, { recursive: true });
  const system = await startBenchSystem(
    log,
    profileDir ? { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${profileDir}` } : {},
  );
  const [ours] = await startGateways(
    system,
    ['ours'],
    log,
    profileDir ? { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${profileDir}` } : {},
  );
  const db = new Client({ connectionString: withDatabase(system.infrastructure.adminUrl, BENCH_DATABASE) });
  await db.connect();
  const cells: CpuCell[] = [];
  const sql: { workload: string; pageSize: number; total: number; bySubgraph: Record<string, number> }[] = [];
  let lag: ProjectionLag | undefined;
  try {
    if (!ours) throw new Error('our gateway did not start');
    const demo = new DemoContext(ours.url);
    const data = await seedBenchData(demo, log);
    const workloads = await buildWorkloads(demo, data);
    const subgraphs = system.subgraphs.map((s) => ({ name: s.name.replace('bench-', ''), url: s.url }));
    const pids = [ours.child.process.pid!, ...system.subgraphs.map((s) => s.process.pid!)];

    await quiesce(pids, 30_000); // the consumers catch up with the seed first: their statements are not the requests'
    const lead = await tokenFor(demo, leadClaims(data));
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${lead}` };
    for (const [name, query] of [
      ['trail', TRAIL_QUERY],
      ['people-page', PEOPLE_QUERY],
    ] as const)
      for (const first of [10, 100])
        sql.push({
          workload: name,
          pageSize: first,
          ...(await statementsPerRequest(ours.url, subgraphs, { body: json(query, { first }), headers })),
        });
    log(`SQL per request: ${sql.map((s) => `${s.workload}@${s.pageSize}=${s.total}`).join(', ')}`);

    for (const id of settings.workloads) {
      const workload = workloads.find((w) => w.id === id);
      if (!workload) throw new Error(`no workload ${id}: one of ${workloads.map((w) => w.id).join(', ')}`);
      await drive(ours.url, workload.operations, Math.min(200, settings.requests), settings.concurrency); // warm-up
      await quiesce(pids, 10_000);
      const processes = [
        { name: 'gateway', pid: ours.child.process.pid! },
        ...system.subgraphs.map((s) => ({ name: s.name.replace('bench-', ''), pid: s.process.pid! })),
      ];
      const trees = processes.map((p) => processTree(p.pid));
      const cpuOf = () => trees.map((tree) => tree.reduce((sum, pid) => sum + cpuSeconds(pid), 0));
      const sqlBefore = await Promise.all(subgraphs.map((s) => sqlStatements(s.url)));
      const backendsBefore = await backendCpu(db);
      const cpuBefore = cpuOf();
      const run = await drive(ours.url, workload.operations, settings.requests, settings.concurrency);
      // A write's cost includes the consumers applying its events: wait until they are done.
      if (workload.writes) await quiesce(pids, 30_000);
      const cpuAfter = cpuOf();
      const backendsAfter = await backendCpu(db);
      const sqlAfter = await Promise.all(subgraphs.map((s) => sqlStatements(s.url)));
      const postgres = [...backendsAfter].reduce((sum, [pid, s]) => sum + s - (backendsBefore.get(pid) ?? 0), 0);
      const perRequest = (seconds: number) => round((seconds * 1000) / settings.requests, 2);
      const cpuMsPerRequest = Object.fromEntries([
        ...processes.map((p, i) => [p.name, perRequest(cpuAfter[i] - cpuBefore[i])]),
        ['subgraphs (sum)', perRequest(cpuAfter.slice(1).reduce((a, b, i) => a + b - cpuBefore[i + 1], 0))],
        ['postgres backends', perRequest(postgres)],
      ]);
      const sqlPerRequest = Object.fromEntries(
        subgraphs.map((s, i) => [s.name, round((sqlAfter[i] - sqlBefore[i]) / settings.requests, 2)]),
      );
      cells.push({
        workload: id,
        requests: settings.requests,
        errors: run.errors,
        p50Ms: run.p50,
        cpuMsPerRequest,
        sqlPerRequest,
      });
      log(`${id}: CPU ms/request ${JSON.stringify(cpuMsPerRequest)}; SQL/request ${JSON.stringify(sqlPerRequest)}`);
    }

    const register = await registerPersonLoad(demo, data);
    await quiesce(pids, 10_000);
    lag = await projectionLag(
      system.infrastructure.brokers,
      system.infrastructure.adminUrl,
      ours.url,
      register,
      settings.lagRate,
      settings.lagSeconds,
    );
    log(`projection lag: ${JSON.stringify(lag)}`);
  } finally {
    await db.end();
    await ours?.child.stop();
    await system.stop();
  }
  const result = {
    startedAt: new Date(t0).toISOString(),
    machine: machine(),
    loadAverage: { atStart: loadAtStart, atEnd: load() },
    settings,
    sql,
    cells,
    projectionLag: lag,
  };
  const dir = join(benchDir(), 'results');
  writeFileSync(join(dir, 'cpu-latest.json'), `${JSON.stringify(result, null, 2)}\n`);
  writeFileSync(join(dir, 'cpu-latest.md'), markdown(result));
  log(`wrote ${join(dir, 'cpu-latest.md')}`);
}

function markdown(r: {
  startedAt: string;
  machine: { nproc: number; cpu: string };
  loadAverage: { atStart: string; atEnd: string };
  settings: typeof settings;
  sql: { workload: string; pageSize: number; total: number; bySubgraph: Record<string, number> }[];
  cells: CpuCell[];
  projectionLag?: ProjectionLag;
}): string {
  const names = Object.keys(r.cells[0]?.cpuMsPerRequest ?? {});
  const lines = [
    `Run ${r.startedAt} on ${r.machine.nproc} cores, ${r.machine.cpu}; load average ${r.loadAverage.atStart} at start, ${r.loadAverage.atEnd} at end.`,
    `${r.settings.requests} requests per workload, ${r.settings.concurrency} at a time, drawn at random from the distinct-caller pools; no throughput figures (see bench/README.md).`,
    '',
    `| workload | errors | p50 ms | ${names.map((n) => `CPU ms/req ${n}`).join(' | ')} | SQL/req by subgraph |`,
    `|---|---:|---:|${names.map(() => '---:').join('|')}|---|`,
    ...r.cells.map(
      (c) =>
        `| ${c.workload} | ${c.errors} | ${c.p50Ms} | ${names.map((n) => c.cpuMsPerRequest[n]).join(' | ')} | ${Object.entries(
          c.sqlPerRequest,
        )
          .map(([k, v]) => `${k} ${v}`)
          .join(', ')} |`,
    ),
    '',
    '| SQL statements per request | page size | total | by subgraph |',
    '|---|---:|---:|---|',
    ...r.sql.map(
      (s) =>
        `| ${s.workload} | ${s.pageSize} | ${s.total} | ${Object.entries(s.bySubgraph)
          .map(([k, v]) => `${k} ${v}`)
          .join(', ')} |`,
    ),
  ];
  const lag = r.projectionLag;
  if (lag)
    lines.push(
      '',
      `Projection lag under registerPerson at ${lag.targetRate}/s for ${lag.seconds} s (achieved ${lag.achievedRate}/s, ${lag.errors} errors): event time → the consumer's inbox transaction.`,
      '',
      ...(lag.errorMessages.length ? [`Errors: ${lag.errorMessages.map((m) => `"${m}"`).join('; ')}`, ''] : []),
      '| consumer | p50 ms | p99 ms | max ms | applied | missing |',
      '|---|---:|---:|---:|---:|---:|',
      ...Object.entries(lag.consumers).map(
        ([name, c]) => `| ${name} | ${c.p50} | ${c.p99} | ${c.max} | ${c.applied} | ${c.missing} |`,
      ),
    );
  return `${lines.join('\n')}\n`;
}

main().then(
  () => process.exit(0),
  (error: Error) => {
    process.stderr.write(`bench:cpu failed: ${error.stack}\n`);
    process.exit(1);
  },
);

/**
 * `npm run bench [-- --quick] [-- --rounds N --seconds S]`: brings the system up on vg_bench,
 * seeds the fixed data set, and measures the five workloads through each gateway, SQL
 * statements per request and the event path. Writes bench/results/latest.{json,md}.
 * `npm run bench -- --only events [--rounds N --seconds S --lag-rate R --lag-seconds L --profile DIR]`: only the
 * event path (our gateway alone): commit-to-consumer at 100/s from distinct young people and
 * projection lag per consumer under registerPerson, N times each. Writes results/events-latest.{json,md}.
 */
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { withDatabase } from '@voicegraph/tools/dist/infra';
import { DemoContext } from '@voicegraph/tools/dist/demo/demo-context';
import { runAttackSet, REFUSAL_GOAL_MS } from './attack-set';
import { commitToConsumer, LatencyResult, relayThroughput } from './events';
import { projectionLag, ProjectionLag, registerPersonLoad } from './projection-lag';
import { BenchData } from './seed';
import { RunningGateway, startGateways } from './gateways';
import { loadRound, RoundResult, summarise } from './load';
import { MachineUsage, ProcessUsage, quiesce, round, watchMachine, watchProcesses } from './process-stats';
import { BenchResult, machine, subgraphCpuMsPerRequest, writeResults } from './report';
import { BENCH_DATABASE, GATEWAY_LABELS, GatewayName } from './ports';
import { seedBenchData } from './seed';
import { send, statementsPerRequest } from './sql-count';
import { benchDir, BenchSystem, startBenchSystem } from './system';
import { benchLog, flag, numberOption, option } from './cli';
import {
  buildWorkloads,
  json,
  leadClaims,
  PEOPLE_QUERY,
  sampleOperations,
  tokenFor,
  TRAIL_QUERY,
  Workload,
} from './workloads';

const quick = flag('--quick');
const only = option('--only');
// --profile DIR (with --only events): the subgraphs run under `node --cpu-prof` and leave a profile each in DIR.
const profileDir = option('--profile') !== undefined ? resolve(option('--profile')!) : undefined;
if (only !== undefined && only !== 'events')
  throw new Error(`--only ${only}: the only part that runs alone is 'events'`);
// --quick (about two minutes): 2 s windows, at most 2 s waiting for processes to go idle between cells.
const settings = {
  rounds: numberOption('--rounds', quick ? 1 : 3),
  seconds: numberOption('--seconds', quick ? 2 : 8),
  warmupSeconds: quick ? 1 : 3,
  quiesceMs: quick ? 2_000 : 10_000,
  connections: [10, 50],
};
const t0 = Date.now();
const log = benchLog('bench');
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_k, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );

async function main(): Promise<void> {
  const result: BenchResult = {
    startedAt: new Date().toISOString(),
    mode: quick ? 'quick' : 'full',
    machine: machine(),
    settings,
    data: {},
    correctness: [],
    cells: [],
    sql: [],
    events: { notes: [] },
    targets: [],
    notes: [],
    durationSeconds: 0,
  };
  log(
    `mode ${result.mode}; machine ${result.machine.nproc} cores, ${result.machine.cpu}, load ${result.machine.loadAverageAtStart}`,
  );
  let system: BenchSystem | undefined;
  const gateways: RunningGateway[] = [];
  try {
    system = await startBenchSystem(log, profileDir ? { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${profileDir}` } : {});
    gateways.push(...(await startGateways(system, ['ours'], log)));
    if (!gateways.length) throw new Error('our gateway did not start');
    const ours = gateways[0];
    const demo = new DemoContext(ours.url);
    // The other gateways start while the data is seeded through ours (they only read the supergraph at start).
    const [seeded, others] = await Promise.allSettled([
      seedBenchData(demo, log),
      only ? Promise.resolve([]) : startGateways(system, ['untuned', 'hive', 'hive-router', 'direct'], log),
    ]);
    if (others.status === 'fulfilled') gateways.push(...others.value); // before any throw, so they are stopped too
    if (seeded.status === 'rejected') throw seeded.reason;
    const data = seeded.value;
    result.data = {
      people: 6 + data.extraPeople.length + 2,
      consultations: data.consultations.length,
      decisions: data.decisions + 1,
      outcomes: data.outcomes,
      outcomeFailures: data.outcomeFailures,
    };
    if (data.outcomeFailures)
      result.notes.push(
        `${data.outcomeFailures} outcomes could not be seeded (feedback subgraph); the trail shows no outcome for those findings.`,
      );
    const workloads = await buildWorkloads(demo, data);
    const byId = (id: Workload['id']) => workloads.find((w) => w.id === id)!;
    if (only === 'events') {
      await eventsOnly(system, ours, demo, data, byId('write-distinct'));
      return;
    }

    // 1. Same answers everywhere (a fast wrong gateway is no comparison).
    const reads = workloads.filter((w) => !w.writes);
    const comparable = new Map<string, GatewayName[]>();
    for (const workload of reads) {
      const samples = sampleOperations(workload);
      const references = [];
      for (const operation of samples) {
        const reference = await send(ours.url, operation);
        if (reference.errors?.length)
          throw new Error(
            `${workload.id} fails through our gateway: ${JSON.stringify(reference.errors).slice(0, 400)}`,
          );
        references.push(reference);
      }
      const fine: GatewayName[] = [];
      for (const gateway of gateways) {
        if (gateway.name === 'direct' && !isTrail(workload)) continue;
        let ok = true;
        let sameAsOurs = true;
        let answer: Awaited<ReturnType<typeof send>> = { data: undefined };
        for (const [i, operation] of samples.entries()) {
          answer = await send(gateway.url, operation).catch((error: Error) => ({
            errors: [{ message: error.message }],
            data: undefined,
          }));
          ok = !answer.errors?.length;
          sameAsOurs = ok && canonical(answer.data) === canonical(references[i].data);
          if (!sameAsOurs) break;
        }
        result.correctness.push({
          workload: workload.id,
          gateway: gateway.name,
          ok,
          sameAsOurs,
          note: ok ? undefined : answer.errors?.[0]?.message.slice(0, 200),
        });
        if (ok) fine.push(gateway.name);
        if (!sameAsOurs)
          log(
            `note: ${workload.id} through ${gateway.name} ${ok ? 'answers differently from ours' : `fails: ${answer.errors?.[0]?.message.slice(0, 200)}`}`,
          );
      }
      comparable.set(workload.id, fine);
    }

    // 2. SQL statements per request, page sizes 10 and 100 (through ours).
    const subgraphs = system.subgraphs.map((s) => ({ name: s.name.replace('bench-', ''), url: s.url }));
    const lead = await tokenFor(demo, leadClaims(data));
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${lead}` };
    for (const [name, query] of [
      ['trail', TRAIL_QUERY],
      ['people-page', PEOPLE_QUERY],
    ] as const) {
      for (const first of [10, 100])
        result.sql.push({
          workload: name,
          pageSize: first,
          ...(await statementsPerRequest(ours.url, subgraphs, { body: json(query, { first }), headers })),
        });
    }
    for (const id of ['own-view', 'analyst'] as const)
      result.sql.push({
        workload: id,
        pageSize: null,
        ...(await statementsPerRequest(ours.url, subgraphs, byId(id).operations[0])),
      });
    log(
      `SQL per request: ${result.sql.map((s) => `${s.workload}${s.pageSize ? `@${s.pageSize}` : ''}=${s.total}`).join(', ')}`,
    );

    // 3. Throughput and latency: rounds interleaved across gateways so noise hits them alike.
    // The Postgres backends serving the bench database, for each window's account of the machine.
    const db = new Client({ connectionString: withDatabase(system.infrastructure.adminUrl, BENCH_DATABASE) });
    await db.connect();
    const benchBackends = async (): Promise<number[]> =>
      (
        await db.query<{ pid: number }>(
          'SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
          [BENCH_DATABASE],
        )
      ).rows.map((row) => row.pid);
    const plan: { workload: Workload; gateways: RunningGateway[] }[] = [];
    for (const workload of reads) {
      const allowed = comparable.get(workload.id) ?? [];
      // --quick: every gateway on the distinct-caller trail (the headline), ours alone elsewhere.
      const wanted = quick && workload.id !== 'trail-distinct' ? ['ours'] : allowed;
      plan.push({ workload, gateways: gateways.filter((g) => allowed.includes(g.name) && wanted.includes(g.name)) });
    }
    plan.push(
      { workload: byId('write-distinct'), gateways: [ours] },
      { workload: byId('write-mix'), gateways: [ours] },
    );
    // Every read cell (10 and 50 connections) before any write cell: the write mix adds
    // contributions and findings to the open consultation, which is on the trail's page and in
    // the writer's own view, so reads measured after it would run on a different, growing data set.
    const cellsInOrder = [false, true].flatMap((writes) =>
      settings.connections.flatMap((connections) =>
        plan.filter((p) => !!p.workload.writes === writes).map((p) => ({ connections, ...p })),
      ),
    );
    for (const { connections, workload, gateways: targets } of cellsInOrder) {
      {
        if (quick && connections === 50 && workload.id !== 'trail-distinct') continue; // --quick: 50 connections for the distinct trail only
        // Full runs: best-case workloads only at 50 connections (where the sharing of identical calls shows).
        if (!quick && connections === 10 && workload.traffic === 'best case' && !workload.writes) continue;
        const rounds = new Map<GatewayName, RoundResult[]>();
        const usage = new Map<GatewayName, ProcessUsage[][]>();
        const pids = [...gateways.map((g) => g.child.process.pid!), ...system.subgraphs.map((s) => s.process.pid!)];
        // Every gateway of the cell warms up before any is measured: they share the subgraphs and
        // their Postgres backends, which the first gateway's warm-up alone would otherwise warm
        // (JIT, plans, caches) for those measured after it, at its own expense.
        for (const gateway of targets)
          await loadRound(
            gateway.url,
            workload.operations,
            connections,
            settings.warmupSeconds,
            undefined,
            workload.traffic,
          );
        // Requests the warm-ups abandoned at their end are still being served: let them finish
        // (and the relays/consumers settle) so they do not eat into the measured windows.
        await quiesce(pids, settings.quiesceMs);
        const machineUsage = new Map<GatewayName, MachineUsage[]>();
        for (let r = 0; r < settings.rounds; r += 1) {
          for (const gateway of targets) {
            const watch = watchProcesses([
              { name: gateway.child.name, pid: gateway.child.process.pid! },
              ...system.subgraphs.map((s) => ({ name: s.name, pid: s.process.pid! })),
            ]);
            const rest = watchMachine(benchBackends);
            const one = await loadRound(
              gateway.url,
              workload.operations,
              connections,
              settings.seconds,
              undefined,
              workload.traffic,
            );
            const watched = watch.stop();
            rounds.set(gateway.name, [...(rounds.get(gateway.name) ?? []), one]);
            usage.set(gateway.name, [...(usage.get(gateway.name) ?? []), watched]);
            const machineNow = await rest.stop(watched.reduce((sum, p) => sum + p.cpuSeconds, 0));
            machineUsage.set(gateway.name, [...(machineUsage.get(gateway.name) ?? []), machineNow]);
            await quiesce(pids, settings.quiesceMs);
          }
        }
        for (const gateway of targets) {
          const figures = summarise(rounds.get(gateway.name)!);
          const samples = usage.get(gateway.name)!;
          const processes = samples[0].map((p, i) => ({
            name: p.name,
            cpuSeconds: round(
              samples.reduce((s, u) => s + u[i].cpuSeconds, 0),
              2,
            ),
            cpuCores: round(samples.reduce((s, u) => s + u[i].cpuCores, 0) / samples.length, 2),
            peakRssMiB: Math.max(...samples.map((u) => u[i].peakRssMiB)),
          }));
          result.cells.push({
            workload: workload.id,
            title: workload.title,
            traffic: workload.traffic,
            connections,
            gateway: gateway.name,
            figures,
            processes,
            machine: meanUsage(machineUsage.get(gateway.name)!),
          });
          log(
            `${workload.id} c=${connections} ${gateway.name}: ${figures.rps} req/s (±${(figures.rpsSpreadPct / 2).toFixed(0)}%), p50 ${figures.p50} p95 ${figures.p95} p99 ${figures.p99} ms, errors ${figures.errors}`,
          );
        }
      }
    }
    await db.end();
    result.sql.push(
      ...(await Promise.all(
        byId('write-mix').operations.map(async (op, i) => ({
          workload: i === 0 ? 'submitContribution' : 'recordFinding',
          pageSize: null,
          ...(await statementsPerRequest(ours.url, subgraphs, op, 10)),
        })),
      )),
    );

    // 4. Events.
    try {
      // The headline: 100 contributions/s from distinct young people.
      result.events.latency = await commitToConsumer(
        system.infrastructure.brokers,
        ours.url,
        byId('write-distinct'),
        data.partnershipId,
        100,
        quick ? 5 : 15,
      );
      log(`commit-to-consumer at 100/s, distinct writers: ${JSON.stringify(result.events.latency)}`);
      // Best case (full runs): one young person writing at 200/s, the earlier target.
      if (!quick) {
        result.events.latencyWithHeadroom = await commitToConsumer(
          system.infrastructure.brokers,
          ours.url,
          { ...byId('write-mix'), operations: [byId('write-mix').operations[0]] },
          data.partnershipId,
          200,
          15,
        );
        log(`commit-to-consumer at 200/s, one writer: ${JSON.stringify(result.events.latencyWithHeadroom)}`);
      }
    } catch (error) {
      result.events.notes.push(`commit-to-consumer not measured: ${(error as Error).message}`);
    }
    try {
      result.events.relay = await relayThroughput(
        system.infrastructure.adminUrl,
        system.serviceUrls.feedback,
        system.infrastructure.brokers,
        quick ? 10_000 : 50_000,
      );
      log(`relay: ${JSON.stringify(result.events.relay)}`);
    } catch (error) {
      result.events.notes.push(`relay throughput not measured: ${(error as Error).message}`);
    }

    // 5. The attack set, last: nothing after it can be disturbed by what it leaves behind.
    try {
      result.attacks = await runAttackSet(system, ours, log, { seconds: quick ? 3 : 5, rounds: 3 });
      log(`attack set: worst refusal ${result.attacks.worst.ms.toFixed(1)} ms (${result.attacks.worst.name})`);
    } catch (error) {
      result.notes.push(`attack set not measured: ${(error as Error).message}`);
    }

    result.targets = targets(result);
  } finally {
    for (const gateway of [...gateways].reverse()) await gateway.child.stop();
    await system?.stop();
    result.durationSeconds = (Date.now() - t0) / 1000;
    if (result.cells.length || result.sql.length) {
      const files = writeResults(join(benchDir(), 'results'), result);
      log(`wrote ${files.json} and ${files.md} (${result.durationSeconds.toFixed(0)} s)`);
    }
  }
}

const loadAverage = (): string =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');

/**
 * `--only events`: commit-to-consumer at 100/s from distinct young people and projection lag per
 * consumer under registerPerson, each `--rounds` times (default 3) with the load average beside
 * every figure, since on a shared machine one run is one sample of the neighbours.
 */
async function eventsOnly(
  system: BenchSystem,
  ours: RunningGateway,
  demo: DemoContext,
  data: BenchData,
  writes: Workload,
): Promise<void> {
  const rounds = numberOption('--rounds', quick ? 1 : 3);
  const seconds = numberOption('--seconds', quick ? 5 : 15);
  const lagRate = numberOption('--lag-rate', 20);
  const lagSeconds = numberOption('--lag-seconds', 20);
  const pids = [ours.child.process.pid!, ...system.subgraphs.map((s) => s.process.pid!)];
  const register = await registerPersonLoad(demo, data);
  const latency: (LatencyResult & { loadAverage: string })[] = [];
  const lag: (ProjectionLag & { loadAverage: string })[] = [];
  await quiesce(pids, 30_000); // the consumers catch up with the seed first
  for (let r = 0; r < rounds; r += 1) {
    const before = loadAverage();
    latency.push({
      ...(await commitToConsumer(system.infrastructure.brokers, ours.url, writes, data.partnershipId, 100, seconds)),
      loadAverage: before,
    });
    log(`commit-to-consumer at 100/s (load ${before}): ${JSON.stringify(latency[latency.length - 1])}`);
    await quiesce(pids, 10_000);
    const lagBefore = loadAverage();
    lag.push({
      ...(await projectionLag(
        system.infrastructure.brokers,
        system.infrastructure.adminUrl,
        ours.url,
        (i) => register(r * 100_000 + i),
        lagRate,
        lagSeconds,
      )),
      loadAverage: lagBefore,
    });
    log(`projection lag (load ${lagBefore}): ${JSON.stringify(lag[lag.length - 1])}`);
    await quiesce(pids, 10_000);
  }
  const result = { startedAt: new Date(t0).toISOString(), machine: machine(), rounds, seconds, latency, lag };
  const dir = join(benchDir(), 'results');
  writeFileSync(join(dir, 'events-latest.json'), `${JSON.stringify(result, null, 2)}\n`);
  const lines = [
    `Run ${result.startedAt} (\`npm run bench -- --only events\`, ${rounds} round(s)) on ${result.machine.nproc} cores, ${result.machine.cpu}, Node ${result.machine.node}.`,
    '',
    `Commit-to-consumer, submitContribution at 100/s from distinct young people for ${seconds} s (ms):`,
    '',
    '| round | load average before | achieved /s | received | p50 | p99 | max | of which relay p50 / p99 | request p99 | errors |',
    '|---:|---|---:|---:|---:|---:|---:|---|---:|---:|',
    ...latency.map(
      (l, i) =>
        `| ${i + 1} | ${l.loadAverage} | ${l.achievedRate} | ${l.received} | ${l.p50} | ${l.p99} | ${l.max} | ${l.relayP50} / ${l.relayP99} | ${l.requestP99} | ${l.errors} |`,
    ),
    '',
    `Projection lag, registerPerson at ${lagRate}/s for ${lagSeconds} s: event time → the consumer's inbox transaction (ms, p50 / p99 / max):`,
    '',
    `| round | load average before | achieved /s | errors | ${Object.keys(lag[0]?.consumers ?? {}).join(' | ')} |`,
    `|---:|---|---:|---:|${Object.keys(lag[0]?.consumers ?? {})
      .map(() => '---')
      .join('|')}|`,
    ...lag.map(
      (l, i) =>
        `| ${i + 1} | ${l.loadAverage} | ${l.achievedRate} | ${l.errors} | ${Object.values(l.consumers)
          .map((c) => `${c.p50} / ${c.p99} / ${c.max}${c.missing ? ` (${c.missing} missing)` : ''}`)
          .join(' | ')} |`,
    ),
  ];
  writeFileSync(join(dir, 'events-latest.md'), `${lines.join('\n')}\n`);
  log(`wrote ${join(dir, 'events-latest.md')}`);
}

/**
 * Subgraph CPU per distinct-caller trail before issue 16's work (ms, summed over the four
 * subgraphs): issue 16 measured about 30 ms of CPU per trail at 61 req/s on this 2-core machine.
 * Replace it with this harness's own figure for the commit the work starts from once measured.
 */
const BASELINE_SUBGRAPH_CPU_MS_PER_TRAIL = 30;

const isTrail = (workload: Workload): boolean => workload.id === 'trail' || workload.id === 'trail-distinct';

/** A target of issue 16 (distinct callers) or of the earlier best-case set, judged from the run. */
function target(label: string, met: boolean | null, detail: string): BenchResult['targets'][number] {
  return { target: label, met, detail };
}

function targets(result: BenchResult): BenchResult['targets'] {
  const cell = (workload: string, gateway: GatewayName, connections = 50) => {
    const found = result.cells.find(
      (c) => c.workload === workload && c.gateway === gateway && c.connections === connections,
    );
    return found && found.figures.rps > 0 ? found : undefined;
  };
  const out: BenchResult['targets'] = [];
  const trail = cell('trail-distinct', 'ours');
  out.push(
    target(
      'distinct trail at 50 conns: ≥ 250 req/s and p95 < 300 ms',
      trail ? trail.figures.rps >= 250 && trail.figures.p95 < 300 : null,
      trail ? `${trail.figures.rps} req/s, p95 ${trail.figures.p95} ms` : 'not measured',
    ),
  );
  for (const [workload, factor, peers] of [
    ['trail-distinct', 4, ['untuned', 'hive', 'hive-router']],
    ['own-view-distinct', 3, ['untuned']],
    ['people-page-distinct', 3, ['untuned']],
  ] as const) {
    const ours = cell(workload, 'ours');
    for (const peer of peers) {
      const other = cell(workload, peer);
      out.push(
        target(
          `${workload} at 50 conns: ≥ ${factor}× ${GATEWAY_LABELS[peer]}`,
          ours && other ? ours.figures.rps >= factor * other.figures.rps : null,
          ours && other
            ? `${(ours.figures.rps / other.figures.rps).toFixed(2)}× (${ours.figures.rps} vs ${other.figures.rps} req/s)`
            : 'not measured',
        ),
      );
    }
  }
  for (const workload of ['own-view-distinct', 'people-page-distinct']) {
    const ours = cell(workload, 'ours');
    out.push(
      target(
        `${workload} p95 < 200 ms at 50 conns`,
        ours ? ours.figures.p95 < 200 : null,
        ours ? `${ours.figures.p95} ms` : 'not measured',
      ),
    );
  }
  const direct = cell('trail-distinct', 'direct');
  out.push(
    target(
      'distinct trail p50 within 1.2× of the direct client (50 conns)',
      trail && direct ? trail.figures.p50 <= 1.2 * direct.figures.p50 : null,
      trail && direct
        ? `${(trail.figures.p50 / direct.figures.p50).toFixed(2)}× (${trail.figures.p50} vs ${direct.figures.p50} ms)`
        : 'not measured',
    ),
  );
  out.push(
    target(
      `distinct trail: subgraph CPU per request ≤ 1/5 of the baseline (${BASELINE_SUBGRAPH_CPU_MS_PER_TRAIL} ms)`,
      trail ? subgraphCpuMsPerRequest(trail) <= BASELINE_SUBGRAPH_CPU_MS_PER_TRAIL / 5 : null,
      trail ? `${subgraphCpuMsPerRequest(trail).toFixed(2)} ms` : 'not measured',
    ),
  );
  for (const workload of ['trail', 'people-page']) {
    const [a, b] = [10, 100].map((size) => result.sql.find((s) => s.workload === workload && s.pageSize === size));
    // Equal within the background's noise (a relay poll landing in one window adds ~0.15): an N+1 at page 100 would add 90.
    out.push(
      target(
        `${workload}: SQL per request equal at page 10 and 100 (within 1)`,
        a && b ? Math.abs(a.total - b.total) < 1 : null,
        a && b ? `${a.total} vs ${b.total}` : 'not measured',
      ),
    );
  }
  const latency = result.events.latency;
  out.push(
    target(
      'commit-to-consumer p99 < 100 ms at 100 mutations/s from distinct young people',
      latency ? latency.p99 < 100 && latency.achievedRate >= 95 : null,
      latency ? `p99 ${latency.p99} ms at ${latency.achievedRate}/s achieved` : 'not measured',
    ),
  );
  const relay = result.events.relay;
  out.push(
    target(
      'relay ≥ 10,000 events/s',
      relay ? relay.eventsPerSecond >= 10_000 : null,
      relay ? `${relay.eventsPerSecond} events/s` : 'not measured',
    ),
  );
  const attacks = result.attacks;
  out.push(
    target(
      `attack set: every refusal under ${REFUSAL_GOAL_MS} ms while polite callers run (issue 12)`,
      attacks ? attacks.worst.ms < REFUSAL_GOAL_MS : null,
      attacks ? `worst ${attacks.worst.ms.toFixed(1)} ms (${attacks.worst.name})` : 'not measured',
    ),
    target(
      'attack set: polite p95 while attacked within 1.2× of alone (issue 12)',
      attacks ? attacks.politeP95.during <= 1.2 * attacks.politeP95.alone : null,
      attacks
        ? `${attacks.politeP95.during.toFixed(1)} (attackers niced) vs ${attacks.politeP95.alone.toFixed(1)} ms alone; ` +
            `${attacks.politeP95.duringNice0.toFixed(1)} with attackers at nice 0`
        : 'not measured',
    ),
  );
  const best = cell('trail', 'ours');
  const bestUntuned = cell('trail', 'untuned');
  out.push(
    target(
      'best case (one request repeated): trail ≥ 3× untuned @apollo/gateway at 50 conns',
      best && bestUntuned ? best.figures.rps >= 3 * bestUntuned.figures.rps : null,
      best && bestUntuned ? `${(best.figures.rps / bestUntuned.figures.rps).toFixed(2)}×` : 'not measured',
    ),
  );
  return out;
}

/** Cores, averaged over a cell's rounds. */
function meanUsage(windows: MachineUsage[]): MachineUsage {
  const mean = (pick: (u: MachineUsage) => number) =>
    round(windows.reduce((s, u) => s + pick(u), 0) / windows.length, 2);
  return {
    busyCores: mean((u) => u.busyCores),
    loadGeneratorCores: mean((u) => u.loadGeneratorCores),
    postgresCores: mean((u) => u.postgresCores),
    restCores: mean((u) => u.restCores),
  };
}

main().then(
  () => process.exit(0),
  (error: Error) => {
    process.stderr.write(`bench failed: ${error.stack}\n`);
    process.exit(1);
  },
);

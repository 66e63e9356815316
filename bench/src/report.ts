import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { Figures } from './load';
import { MachineUsage, ProcessUsage } from './process-stats';
import { AttackSetResult } from './attack-set';
import { LatencyResult, RelayResult } from './events';
import { GATEWAY_LABELS, GatewayName } from './ports';

export interface Cell {
  workload: string;
  title: string;
  traffic: 'distinct' | 'best case';
  connections: number;
  gateway: GatewayName;
  figures: Figures;
  /** Gateway process and subgraphs over the measured rounds. */
  processes: ProcessUsage[];
  /** The rest of the machine over the same windows (cores, mean over rounds): load generator, Postgres, everything else. */
  machine?: MachineUsage;
}

export interface BenchResult {
  startedAt: string;
  mode: 'quick' | 'full';
  machine: { nproc: number; cpu: string; ramGiB: number; node: string; loadAverageAtStart: string };
  settings: { rounds: number; seconds: number; warmupSeconds: number; connections: number[] };
  data: Record<string, number>;
  correctness: { workload: string; gateway: GatewayName; ok: boolean; sameAsOurs: boolean; note?: string }[];
  cells: Cell[];
  sql: { workload: string; pageSize: number | null; total: number; bySubgraph: Record<string, number> }[];
  /** latency: at the target rate (200/s); latencyWithHeadroom: at half of it, where a slower machine is not saturated. */
  events: { latency?: LatencyResult; latencyWithHeadroom?: LatencyResult; relay?: RelayResult; notes: string[] };
  /** The attack set (attack-set.ts), run after the other workloads. */
  attacks?: AttackSetResult;
  targets: { target: string; met: boolean | null; detail: string }[];
  notes: string[];
  durationSeconds: number;
}

export function machine(): BenchResult['machine'] {
  const model =
    /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpus()[0]?.model ?? 'unknown';
  let nproc = cpus().length;
  try {
    nproc = Number(execSync('nproc').toString().trim());
  } catch {
    /* os.cpus() */
  }
  return {
    nproc,
    cpu: model.trim(),
    ramGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    loadAverageAtStart: readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' '),
  };
}

const f = (value: number, digits = 1): string => (Number.isFinite(value) ? value.toFixed(digits) : '—');

/** CPU milliseconds each process spent per request answered over the measured rounds: steadier than req/s on a shared machine. */
export function cpuMsPerRequest(cell: Cell): { name: string; ms: number }[] {
  const requests = cell.figures.rounds.reduce((sum, r) => sum + r.requests, 0);
  return cell.processes.map((p) => ({
    name: p.name.replace(/^bench-(gateway-)?/, ''),
    ms: requests ? (p.cpuSeconds * 1000) / requests : NaN,
  }));
}

/** Summed over the four subgraphs (a cell's first process is its gateway; run.ts watches it first). */
export const subgraphCpuMsPerRequest = (cell: Cell): number =>
  cpuMsPerRequest(cell)
    .slice(1)
    .reduce((sum, p) => sum + p.ms, 0);

export function markdown(result: BenchResult): string {
  const m = result.machine;
  const lines: string[] = [];
  lines.push(
    `Run ${result.startedAt} (${result.mode}: ${result.settings.rounds} round(s) × ${result.settings.seconds} s after ${result.settings.warmupSeconds} s warm-up, took ${Math.round(result.durationSeconds)} s) on ${m.nproc} cores, ${m.cpu}, ${m.ramGiB} GiB RAM, Node ${m.node}; load average at start ${m.loadAverageAtStart}.`,
    '',
  );
  lines.push(
    '| workload | conns | gateway | req/s (median) | spread | p50 ms | p95 ms | p99 ms | × ours req/s | gateway CPU (cores) | gateway peak RSS MiB | subgraphs CPU (cores) | Postgres backends (cores) | load generator (cores) | rest of machine (cores) | machine busy (cores) | errors |',
  );
  lines.push('|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const cell of result.cells) {
    const ours = result.cells.find(
      (c) => c.workload === cell.workload && c.connections === cell.connections && c.gateway === 'ours',
    );
    const gw = cell.processes.find((p) => p.name.startsWith('bench-gateway'));
    const subgraphCores = cell.processes
      .filter((p) => !p.name.startsWith('bench-gateway'))
      .reduce((sum, p) => sum + p.cpuCores, 0);
    const ratio = ours && ours !== cell ? f(cell.figures.rps / ours.figures.rps, 2) : '1';
    lines.push(
      `| ${cell.title} | ${cell.connections} | ${GATEWAY_LABELS[cell.gateway]} | ${f(cell.figures.rps)} | ±${f(cell.figures.rpsSpreadPct / 2, 0)}% | ${f(cell.figures.p50)} | ${f(cell.figures.p95)} | ${f(cell.figures.p99)} | ${ratio} | ${f(gw?.cpuCores ?? NaN, 2)} | ${f(gw?.peakRssMiB ?? NaN, 0)} | ${f(subgraphCores, 2)} | ${f(cell.machine?.postgresCores ?? NaN, 2)} | ${f(cell.machine?.loadGeneratorCores ?? NaN, 2)} | ${f(cell.machine?.restCores ?? NaN, 2)} | ${f(cell.machine?.busyCores ?? NaN, 2)} | ${cell.figures.errors} |`,
    );
  }
  lines.push(
    '',
    'CPU milliseconds per request, by process (gateway first, then each subgraph):',
    '',
    '| workload | conns | gateway | gateway | subgraphs (sum) | by subgraph |',
    '|---|---:|---|---:|---:|---|',
  );
  for (const cell of result.cells) {
    const perProcess = cpuMsPerRequest(cell);
    const [gateway, ...subgraphs] = perProcess;
    lines.push(
      `| ${cell.title} | ${cell.connections} | ${GATEWAY_LABELS[cell.gateway]} | ${f(gateway?.ms ?? NaN, 2)} | ${f(subgraphCpuMsPerRequest(cell), 2)} | ${subgraphs.map((p) => `${p.name} ${f(p.ms, 2)}`).join(', ')} |`,
    );
  }
  lines.push(
    '',
    '| SQL statements per request (through ours) | page size | total | by subgraph |',
    '|---|---:|---:|---|',
  );
  for (const s of result.sql)
    lines.push(
      `| ${s.workload} | ${s.pageSize ?? '—'} | ${f(s.total, 2)} | ${Object.entries(s.bySubgraph)
        .filter(([, v]) => v > 0)
        .map(([k, v]) => `${k} ${f(v, 2)}`)
        .join(', ')} |`,
    );
  const { latency, latencyWithHeadroom, relay } = result.events;
  lines.push('', '| events | figure |', '|---|---|');
  for (const run of [latency, latencyWithHeadroom]) {
    if (run)
      lines.push(
        `| commit-to-consumer at ${run.targetRate} mutations/s, ${run.traffic === 'distinct' ? 'distinct young people' : 'one young person (best case)'} (achieved ${f(run.achievedRate)}/s, ${run.received}/${run.sent} events seen; request p99 ${f(run.requestP99, 0)} ms) | p50 ${f(run.p50, 0)} ms, p99 ${f(run.p99, 0)} ms, max ${f(run.max, 0)} ms |`,
      );
  }
  if (relay)
    lines.push(
      `| relay throughput (${relay.events} events drained in ${f(relay.seconds, 2)} s) | ${f(relay.eventsPerSecond, 0)} events/s |`,
    );
  for (const note of result.events.notes) lines.push(`| note | ${note} |`);
  if (result.attacks) lines.push('', '## Attack set', '', result.attacks.markdown);
  lines.push('', '| target | met | measured |', '|---|---|---|');
  for (const t of result.targets)
    lines.push(`| ${t.target} | ${t.met === null ? 'n/a' : t.met ? 'yes' : '**no**'} | ${t.detail} |`);
  const wrong = result.correctness.filter((c) => !c.ok || !c.sameAsOurs);
  if (wrong.length)
    lines.push(
      '',
      `Answers that differ from ours or failed: ${wrong.map((c) => `${c.workload}/${c.gateway}${c.note ? ` (${c.note})` : ''}`).join('; ')}`,
    );
  for (const note of result.notes) lines.push('', note);
  return `${lines.join('\n')}\n`;
}

export function writeResults(dir: string, result: BenchResult): { json: string; md: string } {
  mkdirSync(dir, { recursive: true });
  const json = join(dir, 'latest.json');
  const md = join(dir, 'latest.md');
  writeFileSync(json, `${JSON.stringify(result, null, 2)}\n`);
  writeFileSync(md, markdown(result));
  return { json, md };
}

import { readFileSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Client } from 'pg';
import { BENCH_DATABASE } from './ports';

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/** A process and everything it forked (a gateway's workers), from /proc/<pid>/task/<pid>/children. */
export function processTree(pid: number): number[] {
  let children: number[] = [];
  try {
    children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map(Number);
  } catch {
    // gone, or no children file: just the process
  }
  return [pid, ...children.flatMap(processTree)];
}

/** CPU seconds (user + system) a process has used so far, from /proc/<pid>/stat. */
export function cpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND; // utime, stime (fields 14 and 15)
  } catch {
    return NaN;
  }
}

/** Peak resident set (VmHWM) in MiB since start or the last resetPeak. */
export function peakRssMiB(pid: number): number {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : NaN;
  } catch {
    return NaN;
  }
}

/** Resets VmHWM to the current RSS (writing 5 to /proc/<pid>/clear_refs), so each measurement has its own peak. */
export function resetPeak(pid: number): void {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
  } catch {
    // not permitted: the peak is then since process start
  }
}

export interface ProcessUsage {
  name: string;
  /** Share of one core over the window (1.0 = one core busy all the time). */
  cpuCores: number;
  cpuSeconds: number;
  peakRssMiB: number;
}

/** Samples a set of processes around a window: call stop() at the end of it. */
export function watchProcesses(processes: { name: string; pid: number }[]): { stop(): ProcessUsage[] } {
  const started = Date.now();
  // A process counts with its workers: CPU summed over the tree, peak RSS summed over its members' peaks.
  const trees = processes.map((p) => processTree(p.pid));
  const before = trees.map((tree) =>
    tree.reduce((sum, pid) => {
      resetPeak(pid);
      return sum + cpuSeconds(pid);
    }, 0),
  );
  return {
    stop() {
      const seconds = (Date.now() - started) / 1000;
      return processes.map((p, i) => {
        const used = trees[i].reduce((sum, pid) => sum + cpuSeconds(pid), 0) - before[i];
        const rss = trees[i].reduce((sum, pid) => sum + peakRssMiB(pid), 0);
        return {
          name: p.name,
          cpuSeconds: round(used, 2),
          cpuCores: round(used / seconds, 2),
          peakRssMiB: round(rss, 1),
        };
      });
    },
  };
}

/** The machine's CPU ticks so far, all cores, from /proc/stat: busy (all but idle and iowait), idle, total. */
export function machineTicks(): { busy: number; idle: number; total: number } {
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1, 9).map(Number);
  const total = fields.reduce((sum, t) => sum + t, 0);
  const idle = fields[3] + fields[4];
  return { busy: total - idle, idle, total };
}

/** CPU seconds the whole machine has been busy (everything but idle and iowait, all cores), from /proc/stat. */
export function machineBusySeconds(): number {
  return machineTicks().busy / TICKS_PER_SECOND;
}

/**
 * A process's event-loop delay since the last call, from its /metrics (prom-client resets the
 * histogram on every scrape): p99 and mean (averaged over a cluster's workers) and the max of
 * any, in ms to 0.1. `url` is any URL of the process (its /graphql or its origin).
 */
export async function eventLoopDelay(url: string): Promise<{ p99: number; max: number; mean: number }> {
  const text = await fetch(new URL('/metrics', url)).then((r) => r.text());
  const value = (name: string) =>
    round(Number(new RegExp(`^${name} ([0-9.eE+-]+)`, 'm').exec(text)?.[1] ?? NaN) * 1000, 1);
  return {
    p99: value('nodejs_eventloop_lag_p99_seconds'),
    max: value('nodejs_eventloop_lag_max_seconds'),
    mean: value('nodejs_eventloop_lag_mean_seconds'),
  };
}

/** The Postgres backends serving the bench database (its pools), by pid; not `db`'s own. */
export async function benchBackendPids(db: Client): Promise<number[]> {
  const { rows } = await db.query<{ pid: number }>(
    'SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
    [BENCH_DATABASE],
  );
  return rows.map((row) => row.pid);
}

/**
 * What else ran on the machine during a window, in cores: this process (the load generator),
 * the Postgres backends given (the bench database's), and the rest of the machine (/proc/stat's
 * busy time less these and the watched processes' `watchedSeconds`). Call stop() at the end.
 */
export function watchMachine(backends: () => Promise<number[]>): {
  stop(watchedSeconds: number): Promise<MachineUsage>;
} {
  const started = Date.now();
  const own = process.cpuUsage();
  const busy = machineBusySeconds();
  const pidsBefore = backends().then((pids) => new Map(pids.map((pid) => [pid, cpuSeconds(pid)])));
  return {
    async stop(watchedSeconds) {
      const seconds = (Date.now() - started) / 1000;
      const machine = machineBusySeconds() - busy;
      const spent = process.cpuUsage(own);
      const loadGenerator = (spent.user + spent.system) / 1e6;
      const before = await pidsBefore;
      // A backend that started or ended within the window is left to the rest of the machine.
      const postgres = (await backends()).reduce((sum, pid) => {
        const used = cpuSeconds(pid) - (before.get(pid) ?? NaN);
        return Number.isFinite(used) ? sum + used : sum;
      }, 0);
      const cores = (value: number) => round(value / seconds, 2);
      return {
        busyCores: cores(machine),
        loadGeneratorCores: cores(loadGenerator),
        postgresCores: cores(postgres),
        restCores: cores(machine - watchedSeconds - loadGenerator - postgres),
      };
    },
  };
}

export interface MachineUsage {
  /** The whole machine, all processes. */
  busyCores: number;
  /** This process: autocannon and the bench's own bookkeeping. */
  loadGeneratorCores: number;
  /** The Postgres backends serving the bench database. */
  postgresCores: number;
  /** Everything else: Kafka, Postgres's own processes, other people's work. */
  restCores: number;
}

export const round = (value: number, digits: number): number =>
  Number.isFinite(value) ? Number(value.toFixed(digits)) : value;

/**
 * Waits until the given processes are idle (together under 0.15 cores over 250 ms), at most
 * `maxMs`: requests a load round abandoned at its end must not spill into the next round.
 */
export async function quiesce(pids: number[], maxMs = 10_000): Promise<void> {
  const deadline = Date.now() + maxMs;
  while (Date.now() < deadline) {
    const tree = pids.flatMap(processTree);
    const before = tree.reduce((sum, pid) => sum + cpuSeconds(pid), 0);
    await sleep(250);
    const used = tree.reduce((sum, pid) => sum + cpuSeconds(pid), 0) - before;
    if (used / 0.25 < 0.15) return;
  }
}

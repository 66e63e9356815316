import { readFileSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

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

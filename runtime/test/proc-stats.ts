/**
 * What the kernel says a sandbox process uses (Linux `/proc`): resident memory and CPU time. Tests of the
 * lifetime and accounting classes measure these, not V8's own heap statistics, which are what the
 * attacks escape. On a system without `/proc`, {@link hasProc} is false and those tests say why they skip.
 */
import { existsSync, readFileSync } from 'node:fs';

/** True where `/proc/<pid>/status` and `/proc/<pid>/stat` can be read. */
export const hasProc = existsSync('/proc/self/status');

/** Resident set size of `pid`, in bytes (VmRSS). */
export function rssBytes(pid: number): number {
  const match = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (match === null) throw new Error(`no VmRSS for process ${pid}`);
  return Number(match[1]) * 1024;
}

/** User plus system CPU time of `pid` so far, in milliseconds (clock ticks of 10 ms). */
export function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/**
 * Samples the RSS of `pid` every 10 ms until `stop` is called; `stop` resolves to the largest growth
 * over the RSS at the start, in bytes.
 */
export function watchRss(pid: number): { stop(): number } {
  const start = rssBytes(pid);
  let peak = start;
  const timer = setInterval(() => {
    try {
      peak = Math.max(peak, rssBytes(pid));
    } catch {
      // The process ended: its growth so far stands.
    }
  }, 10);
  return {
    stop() {
      clearInterval(timer);
      try {
        peak = Math.max(peak, rssBytes(pid));
      } catch {
        // As above.
      }
      return peak - start;
    },
  };
}

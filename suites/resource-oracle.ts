/**
 * The oracle's view of the sandbox processes, for the `lifetime` and `accounting` categories: what the
 * kernel says the processes that run guest code use, never what the sandbox reports about itself.
 *
 * - Lifetime: after a sample's last step, the sandbox processes are watched for a quiet window. CPU time
 *   spent then is guest code that outlived its execution (V8 platform tasks: wasm compilation reactions,
 *   FinalizationRegistry cleanups); an idle process spends a few milliseconds at most.
 * - Accounting: while each step runs, the processes' resident memory is sampled every 10 ms; growth past
 *   the profile's bound is memory no budget counted (allocations V8 makes off the measured heap).
 *
 * These samples run one at a time, after the rest of their profile, so that no other sample's work is
 * read as theirs. An adapter opts in by naming its sandbox processes (`sandboxProcesses`); one that runs
 * guest code in the harness's own process, or a system without `/proc`, gets no reading (and the sample
 * is judged on its outcome alone).
 */
import { existsSync, readFileSync } from 'node:fs';

/** Categories whose samples the resource oracle watches. */
export const MEASURED_CATEGORIES: ReadonlySet<string> = new Set(['lifetime', 'accounting']);

/** The reference contract's per-execution budgets (ARCHITECTURE.md). */
const PROFILE_BUDGETS: Readonly<Record<string, number>> = {
  'ultra-secure': 2 * 1024 * 1024,
  'high-security': 4 * 1024 * 1024,
  'tenant-isolated': 8 * 1024 * 1024,
};

const MiB = 1024 * 1024;
/** The quiet window after a sample, and the CPU an idle sandbox may spend in it. */
export const QUIET_WINDOW_MS = 1_500;
export const IDLE_CPU_MS = 100;

/**
 * The RSS growth a profile's execution may cause: eight times its budget, at least 32 MiB. That leaves
 * room for a runtime's hard limit, which bounds transient peaks above the budget (16-32 MB in the
 * reference runtime), and is a fraction of what uncounted paths reach (100-570 MiB).
 */
export function rssGrowthLimit(profile: string): number {
  return Math.max(32 * MiB, 8 * (PROFILE_BUDGETS[profile] ?? 8 * MiB));
}

const hasProc = existsSync('/proc/self/stat');

function readRss(pid: number): number | null {
  try {
    const match = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match === null ? null : Number(match[1]) * 1024;
  } catch {
    return null;
  }
}

function readCpuMs(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

/** True when the oracle can read the processes `pids` names (Linux, an adapter that names them). */
export function canMeasure(pids: (() => number[]) | undefined): pids is () => number[] {
  return hasProc && pids !== undefined;
}

/**
 * Starts sampling the RSS of the sandbox processes; `stop` returns the largest growth of any one of them
 * over its first reading. A process that appears meanwhile (a restarted child) starts from its own.
 */
export function watchRss(pids: () => number[]): { stop(): number } {
  const first = new Map<number, number>();
  let peak = 0;
  const sample = () => {
    for (const pid of pids()) {
      const rss = readRss(pid);
      if (rss === null) continue;
      const base = first.get(pid);
      if (base === undefined) first.set(pid, rss);
      else peak = Math.max(peak, rss - base);
    }
  };
  sample();
  const timer = setInterval(sample, 10);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return peak;
    },
  };
}

/** CPU time the sandbox processes spend over a quiet window of `windowMs`, in milliseconds. */
export async function quietCpuMs(pids: () => number[], windowMs = QUIET_WINDOW_MS): Promise<number> {
  const before = new Map<number, number>();
  for (const pid of pids()) {
    const cpu = readCpuMs(pid);
    if (cpu !== null) before.set(pid, cpu);
  }
  await new Promise((resolve) => setTimeout(resolve, windowMs));
  let spent = 0;
  for (const [pid, start] of before) {
    const cpu = readCpuMs(pid);
    if (cpu !== null) spent += Math.max(0, cpu - start);
  }
  return spent;
}

/** How long {@link settleCpu} waits at most, and the interval it reads the processes over. */
export const SETTLE_MAX_MS = 10_000;
const SETTLE_INTERVAL_MS = 200;
/** CPU an idle sandbox may spend in one settle interval (the quiet window's rate: 100 ms in 1,500 ms). */
const SETTLE_IDLE_MS = Math.ceil((IDLE_CPU_MS * SETTLE_INTERVAL_MS) / QUIET_WINDOW_MS);

/**
 * Waits until the sandbox processes are idle (under an idle process's rate of CPU over one interval), for
 * at most `maxMs`; true when they settled. A watched sample starts on idle processes, so CPU that an
 * earlier sample left running (a guest still spinning when its window closed, later on a loaded machine
 * because its threads waited for a core) is charged to that sample and not to the next.
 */
export async function settleCpu(pids: () => number[], maxMs = SETTLE_MAX_MS): Promise<boolean> {
  const deadline = performance.now() + maxMs;
  while (performance.now() < deadline) {
    if ((await quietCpuMs(pids, SETTLE_INTERVAL_MS)) <= SETTLE_IDLE_MS) return true;
  }
  return false;
}

/** The finding for memory growth past the profile's bound, if any. */
export function rssFinding(profile: string, growth: number): string[] {
  const limit = rssGrowthLimit(profile);
  if (growth <= limit) return [];
  return [
    `the sandbox process grew by ${(growth / MiB).toFixed(1)} MiB during the execution, over the ${(limit / MiB).toFixed(0)} MiB a ${profile} execution may cost: memory no budget counted`,
  ];
}

/** The finding for CPU spent after the execution ended, if any. */
export function cpuFinding(spentMs: number): string[] {
  if (spentMs < IDLE_CPU_MS) return [];
  return [
    `guest code ran after its execution ended: the sandbox processes spent ${spentMs} ms of CPU in the ${QUIET_WINDOW_MS} ms after it`,
  ];
}

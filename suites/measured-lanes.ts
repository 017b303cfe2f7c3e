/**
 * Lanes for the samples the resource oracle watches (lifetime, accounting). The oracle reads the CPU and
 * memory of the sandbox processes, so while such a sample runs and for its quiet window after, nothing else
 * may run in them. A lane is another instance of the same adapter, with processes of its own, running one
 * sample at a time: each sample's oracle reads only its lane's processes, so several samples can be
 * watched at once, and beside the rest of the profile (which runs on the main instance).
 *
 * How strong: the readings are the kernel's per-process counts, which other processes' work does not
 * enter. What concurrency changes is only the CPU share a process gets: a guest that spins after its
 * execution gets about (cores / runnable threads) of the window; with the three profiles running at once
 * on a 2-core machine beside two busy loops (some 10 runnable threads), that is about 300 ms of a 1,500 ms
 * window, three times the 100 ms an idle sandbox may spend. The lanes' own samples spend their windows
 * idle, so they do not starve each other. A lane's processes are new, not warmed by thousands of
 * executions: the largest growth a sample of the corpus caused in one was 9 MiB in ultra-secure and
 * high-security (bound 32 MiB) and 24 MiB in tenant-isolated (bound 64 MiB), and the most CPU in a quiet
 * window 20 ms (bound 100 ms).
 */
import type { SandboxAdapter } from './adapters/adapter.js';
import type { Fingerprint } from './builtins-probe.js';
import type { RunRecord } from './run-record.js';
import type { Context, Unit } from './runner.js';

/** Instances of the adapter that run watched samples at once. */
export const MEASURED_LANES = 2;

/** Runs one unit on a lane's context; `slot` names the lane. */
export type LaneStep = (ctx: Context, unit: Unit, slot: number) => Promise<RunRecord>;

/** The lanes of a run, opened on first use and reused by every profile. */
export interface Lanes {
  /** Runs `units` of `profile` on the lanes, one per lane at a time; records in the order of `units`. */
  run(profile: string, units: readonly Unit[], step: LaneStep): Promise<RunRecord[]>;
  /** Disposes of every lane's adapter. */
  close(): Promise<void>;
}

/** What {@link openLanes} needs from the runner. */
export interface LanesOptions {
  /** The run's context; a lane shares all of it but the adapter and the baselines. */
  ctx: Context;
  /** Opens another instance of the run's adapter. */
  open: () => Promise<SandboxAdapter>;
  /** Takes a lane's pristine baseline of a profile (the runner's own baseline routine). */
  baseline: (ctx: Context, profile: string, warnings: string[]) => Promise<void>;
  /** The run's warnings; a lane adds only warnings the run does not have yet. */
  warnings: string[];
  /** Number of lanes (default {@link MEASURED_LANES}). */
  lanes?: number;
}

interface Lane {
  ctx: Context;
  /** Profiles whose baseline this lane has taken. */
  ready: Set<string>;
}

/** Lanes over instances of the adapter that `options.open` makes; nothing is opened until `run`. */
export function openLanes(options: LanesOptions): Lanes {
  const count = Math.max(1, options.lanes ?? MEASURED_LANES);
  const lanes: Promise<Lane>[] = [];
  const lane = (index: number): Promise<Lane> => {
    lanes[index] ??= options.open().then((adapter) => ({
      ctx: { ...options.ctx, adapter, baselines: new Map<string, Fingerprint>() },
      ready: new Set<string>(),
    }));
    return lanes[index]!;
  };
  const prepare = async (index: number, profile: string): Promise<Lane> => {
    const l = await lane(index);
    if (!l.ready.has(profile)) {
      const found: string[] = [];
      await options.baseline(l.ctx, profile, found);
      for (const w of found) if (!options.warnings.includes(w)) options.warnings.push(w);
      l.ready.add(profile);
    }
    return l;
  };
  return {
    async run(profile, units, step) {
      const records: RunRecord[] = new Array(units.length);
      let next = 0;
      const worker = async (index: number): Promise<void> => {
        if (next >= units.length) return;
        const l = await prepare(index, profile);
        while (next < units.length) {
          const i = next++;
          records[i] = await step(l.ctx, units[i]!, index);
        }
      };
      await Promise.all(Array.from({ length: Math.min(count, units.length) }, (_, i) => worker(i)));
      return records;
    },
    async close() {
      const opened = await Promise.allSettled(lanes);
      await Promise.allSettled(
        opened.flatMap((o) => (o.status === 'fulfilled' ? [o.value.ctx.adapter.dispose()] : [])),
      );
    },
  };
}

/**
 * Re-running, one at a time, the failures that load on a shared machine can cause (a budget hit early, a
 * bystander of a crash), so that a busy machine does not change a verdict.
 */
import type { RunRecord } from './run-record.js';
import { type Context, runUnit, type Unit } from './runner.js';

/**
 * Failures re-run whatever their code: crashes and hangs, overruns (time queued behind other samples),
 * `false-positive`, a scanner refusal of benign code (a scanner fails closed when load eats its budget; a
 * genuine false positive only repeats on the serial run), and `claimed-escape`, a marker the sample itself
 * returned: the samples that compare two timings (a next tenant's slowed fast paths) claim one when a busy
 * machine preempts the fast loop in every round (seen once at load 29); a real claim repeats serially.
 */
const RERUN_ALWAYS = new Set(['crash', 'hang', 'overrun', 'false-positive', 'claimed-escape']);
/** Failures re-run when their code is one load can cause (a budget hit early, a bystander of a crash). */
const RERUN_BY_CODE = new Set(['wrong-error', 'unexpected-error']);
const LOAD_SENSITIVE_CODES = new Set(['ERR_TIMEOUT', 'ERR_MEMORY_LIMIT', 'ERR_INTERNAL']);
/**
 * At most this many re-runs, or this share of the profile's runs if more: a load spike in the middle of a
 * run (seen at load 30-60: 75-128 load failures of 2,896 runs per profile) must not leave them all standing.
 */
const MAX_LOAD_RERUNS = 40;
const MAX_LOAD_RERUN_SHARE = 0.05;
/**
 * A serial re-run gets this many times the budget. Load slows a correct sandbox's allocation as much as its
 * loop, so a memory bomb can reach the wall-clock deadline before its memory limit; with the larger budget it
 * reaches the limit it would reach on a quiet machine. A larger budget never helps a sandbox without limits:
 * it only gives the sample more time to exhaust it.
 */
export const LOAD_RERUN_BUDGET_FACTOR = 10;

/**
 * Re-runs, one at a time, the runs that failed under concurrency in a way load can cause; the serial
 * verdict, under {@link LOAD_RERUN_BUDGET_FACTOR} times the budget, replaces the first and is marked `rerun`.
 * Escapes proved by the oracle and wrong values are final.
 */
export async function rerunLoadFailures(
  ctx: Context,
  units: Unit[],
  records: RunRecord[],
): Promise<RunRecord[]> {
  const candidates: number[] = [];
  for (let i = 0; i < records.length; i++) {
    const r = records[i]!;
    const kind = r.failureKind;
    const sensitive =
      kind !== undefined &&
      (RERUN_ALWAYS.has(kind) ||
        (RERUN_BY_CODE.has(kind) && r.code !== null && LOAD_SENSITIVE_CODES.has(r.code)));
    if (!r.pass && sensitive) candidates.push(i);
  }
  // Many such failures are the adapter's nature, not load: re-running them all would only cost time.
  if (candidates.length > Math.max(MAX_LOAD_RERUNS, Math.ceil(records.length * MAX_LOAD_RERUN_SHARE)))
    return records;
  const replaced = [...records];
  const patient = { ...ctx, timeoutMs: ctx.timeoutMs * LOAD_RERUN_BUDGET_FACTOR };
  for (const i of candidates) replaced[i] = { ...(await runUnit(patient, units[i]!, 0)), rerun: true };
  return replaced;
}

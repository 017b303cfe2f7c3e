/**
 * The default per-execution budget of a conformance run, calibrated to the machine: a fixed reference
 * workload (compiling and running lodash's source in a fresh `node:vm` context, the work a sandbox does to
 * load a library) is timed, and the budget is {@link WORKLOAD_SHARE} times its median, never below the
 * floor nor above the cap. A correct sandbox then gets room to load a lodash-sized library even on a busy
 * machine (a loaded host is slower at both), while kill samples still end quickly on a quiet one.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import vm from 'node:vm';

/** The budget never goes below this (the historical default). */
export const TIMEOUT_FLOOR_MS = 300;
/**
 * Nor above this: the runner gives its builtins probe five times the budget, which must stay within the
 * strictest profile's 5 s timeout; and kill samples would make a run slow for little gain.
 */
export const TIMEOUT_CAP_MS = 1000;
/** The budget is this many times the workload's median. */
export const WORKLOAD_SHARE = 20;
const RUNS = 5;

/** What the calibration measured and decided. */
export interface TimeoutCalibration {
  timeoutMs: number;
  /** Median time of the reference workload, ms. */
  workloadMs: number;
  /** One line for logs and results warnings. */
  note: string;
}

/** The budget for a measured workload median. */
export function timeoutForWorkload(workloadMs: number): number {
  const raw = Math.ceil((workloadMs * WORKLOAD_SHARE) / 100) * 100;
  return Math.min(TIMEOUT_CAP_MS, Math.max(TIMEOUT_FLOOR_MS, raw));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Times the reference workload and derives the budget. */
export function calibrateTimeout(): TimeoutCalibration {
  const source = readFileSync(createRequire(import.meta.url).resolve('lodash'), 'utf8');
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    new vm.Script(source).runInContext(vm.createContext({}));
    times.push(performance.now() - started);
  }
  const workloadMs = Math.round(median(times) * 10) / 10;
  const timeoutMs = timeoutForWorkload(workloadMs);
  return {
    timeoutMs,
    workloadMs,
    note: `per-execution timeout ${timeoutMs} ms, calibrated: loading lodash took ${workloadMs} ms (median of ${RUNS}) x ${WORKLOAD_SHARE}, within ${TIMEOUT_FLOOR_MS}-${TIMEOUT_CAP_MS} ms; --timeout overrides`,
  };
}

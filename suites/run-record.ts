/**
 * The record of one run: one sample, under one profile, with the scanner on or off. Records are the raw
 * material of certification, the results JSON and the JUnit report.
 */
import type { FailureKind } from './judge.js';
import type { SampleKind } from './sample.js';

/** One run's verdict and what was seen. */
export interface RunRecord {
  sampleId: string;
  kind: SampleKind;
  category: string;
  technique?: string;
  /** True for variants derived by a mutator. */
  generated: boolean;
  profile: string;
  scan: boolean;
  /** The effective expectation, as one line. */
  expected: string;
  /** The last step's outcome, as one line. */
  actual: string;
  /** The SandboxError code the outcome stands for, or null when it completed. */
  code: string | null;
  refusedByScan: boolean;
  /** True when the sample's expectation for this profile lists the `scan` stage. */
  scanExpected: boolean;
  pass: boolean;
  failureKind?: FailureKind;
  reason?: string;
  /** True when this failure keeps the profile from certification. */
  blocking: boolean;
  /** The reason of the known-failure entry covering this failed run. */
  known?: string;
  /** The reason of the exact-id known-failure entry this passing run makes stale. */
  unexpectedPass?: string;
  durationMs: number;
  /**
   * Set when the adapter gave no outcome of its own: its worker did not answer within the budget plus
   * grace (`hang`), died (`crash`), or `execute` threw (`adapter-error`). The worker was replaced.
   */
  incident?: 'hang' | 'crash' | 'adapter-error';
  /**
   * The adapter's declared non-goal (`capabilities.nonGoals`) whose categories cover this failed run: the
   * sandbox lacks the capability by design. Never set on an escape.
   */
  nonGoal?: string;
  /**
   * True when this record comes from a serial re-run: the run under concurrency failed in a way load can
   * cause (a timeout, a kill code other than the one expected, a crash of a shared sandbox process), so it
   * was run once more alone, and this verdict replaced it. Escapes are never re-run.
   */
  rerun?: boolean;
}

/** True when a record differs from what the expectations file says (drives exit code 1). */
export function isUnexpected(record: RunRecord): boolean {
  return (!record.pass && record.known === undefined) || record.unexpectedPass !== undefined;
}

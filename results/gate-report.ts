/**
 * The regression gate's answer (bench/lib/bench-gate.ts computes it): one verdict per figure against the
 * baseline, and the static targets missed. The bench command prints it and the reports show it.
 */
import type { TargetResult } from './bench-results.js';

/** The three verdicts of one figure. */
export type Verdict = 'same' | 'different' | 'unknown';

/** Settings of the gate. */
export interface GateOptions {
  /** Worsening factor beyond which a change may be a regression. */
  threshold: number;
  /** Significance level of the rank test. */
  alpha: number;
}

/** One figure compared. */
export interface FigureComparison {
  id: string;
  baseline: number;
  current: number | null;
  /** How many times worse the current is (below 1: better). */
  worsening: number;
  pValue: number | null;
  verdict: Verdict;
  /** True when the verdict fails the gate. */
  fails: boolean;
  note?: string;
}

/** The gate's whole answer. */
export interface GateReport {
  /** `fail`: a regression or a static target missed; `warn`: some figures stayed unknown; `pass` otherwise. */
  outcome: 'pass' | 'warn' | 'fail';
  comparisons: FigureComparison[];
  staticFailures: TargetResult[];
  runs: number;
  options: GateOptions;
}

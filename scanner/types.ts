/**
 * The scanner's public data shapes: requests, options, findings and reports.
 * Everything here is plain data so that reports can be logged, audited and serialized as they are.
 */
import type { ScanProfile, ScanProfileName } from './scan-profile.js';

/** How bad a finding is. `critical` and `high` make a report insecure whatever the score. */
export type Severity = 'critical' | 'high' | 'medium' | 'low' | 'info';

/** The letter grade of a report; see `scanner/README.md` for the scale and its caps. */
export type Grade = 'A' | 'B' | 'C' | 'D' | 'F';

/** One thing the scanner found. Lines are relative to the snippet (1-based), columns are 1-based. */
export interface Finding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  readonly line: number;
  readonly column: number;
}

/** What to scan: the snippet body exactly as `runtime.execute({ code })` receives it. */
export interface ScanRequest {
  readonly code: string;
  /** A built-in profile name or any object carrying the {@link ScanProfile} capability fields. */
  readonly profile?: ScanProfileName | ScanProfile;
  /** Copied into the report so that the audit log can tie the scan to its execution. */
  readonly executionId?: string;
}

/** The scanner's verdict on one snippet. */
export interface ScanReport {
  /** False on any critical or high finding, whatever the score. */
  readonly secure: boolean;
  /** 0-10, one decimal. */
  readonly score: number;
  readonly grade: Grade;
  readonly findings: readonly Finding[];
  readonly warnings: readonly string[];
  readonly recommendations: readonly string[];
  readonly durationMs: number;
  readonly profile: string;
  readonly executionId?: string;
}

/** Bounds that keep the scanner itself safe and fast on hostile input. Every bound fails closed. */
export interface ScannerOptions {
  /** Largest snippet, in UTF-8 bytes, the scanner accepts (default 256 KiB); larger is `source-too-large`. */
  readonly maxSourceBytes?: number;
  /** Deepest bracket nesting accepted before parsing (default 400); deeper is `nesting-too-deep`. */
  readonly maxDepth?: number;
  /**
   * Wall-clock budget of one scan in ms (default 500); exceeding it is `scan-time-budget`. Generous on
   * purpose: on a loaded machine a GC pause or a descheduled thread can stretch a 1 ms scan past a tight
   * budget, and failing closed then refuses benign code. Inputs are bounded in size and depth anyway.
   */
  readonly timeBudgetMs?: number;
  /** Longest string constant folding will build (default 16 KiB); longer folds give up (unknown value). */
  readonly maxFoldedStringLength?: number;
  /** How many levels of decoded strings are re-scanned as code (default 2). */
  readonly maxRescanDepth?: number;
  /** Total characters of decoded strings re-scanned per scan (default 64 KiB). */
  readonly maxRescanBytes?: number;
}

/** {@link ScannerOptions} with every default filled in. */
export type ResolvedScannerOptions = Required<ScannerOptions>;

/** The defaults of {@link ScannerOptions}. */
export const DEFAULT_SCANNER_OPTIONS: ResolvedScannerOptions = Object.freeze({
  maxSourceBytes: 256 * 1024,
  maxDepth: 400,
  timeBudgetMs: 500,
  maxFoldedStringLength: 16 * 1024,
  maxRescanDepth: 2,
  maxRescanBytes: 64 * 1024,
});

/** Fills the defaults in, ignoring values that are not positive finite numbers (fail safe, never throw). */
export function resolveScannerOptions(options: ScannerOptions = {}): ResolvedScannerOptions {
  const pick = (value: number | undefined, fallback: number): number =>
    typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : fallback;
  const d = DEFAULT_SCANNER_OPTIONS;
  return {
    maxSourceBytes: pick(options.maxSourceBytes, d.maxSourceBytes),
    maxDepth: pick(options.maxDepth, d.maxDepth),
    timeBudgetMs: pick(options.timeBudgetMs, d.timeBudgetMs),
    maxFoldedStringLength: pick(options.maxFoldedStringLength, d.maxFoldedStringLength),
    maxRescanDepth: Math.floor(pick(options.maxRescanDepth, d.maxRescanDepth)),
    maxRescanBytes: pick(options.maxRescanBytes, d.maxRescanBytes),
  };
}

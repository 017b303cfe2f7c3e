/**
 * Turns one run (a sample, a profile, a scan mode) into a verdict: the sample's expectation, the adapter's
 * outcome of the last step, and the oracle's findings over every step. Oracle findings win over anything
 * the guest returned: a run with a finding is an escape. The guest's own `ESCAPED` string without oracle
 * evidence is a claim (`claimed-escape`, a surface deviation), and a run that overran its budget by more
 * than the grace is a budget failure even when it ended. The classes are in `findings.ts`.
 */
import { type AdapterOutcome, outcomeCode } from './adapters/adapter.js';
import { classifyFailure, FINDING_BLOCKS } from './findings.js';
import { claimedMarker } from './oracle.js';
import type { Expectation, Sample } from './sample.js';

/** Why a run failed; `classifyFailure` maps each kind to its finding class. */
export type FailureKind =
  | 'escape'
  | 'not-blocked'
  | 'wrong-stage'
  | 'wrong-error'
  | 'wrong-value'
  | 'false-positive'
  | 'unexpected-error'
  | 'claimed-escape'
  | 'overrun'
  | 'hang'
  | 'crash';

/** How long a run's executions took, against the budget they were given. */
export interface RunTiming {
  /** Wall-clock time of the sample's executions (probes excluded). */
  elapsedMs: number;
  /** The per-execution budget. */
  budgetMs: number;
  /** Number of executions (steps). */
  steps: number;
}

/**
 * The limit past which a run is an overrun: twice the budget plus 5 s, per step. A sandbox that enforces its
 * budget ends far inside it, even on a busy machine; one that lets a bomb block the host for 100 s against a
 * 1 s budget does not. Under concurrency the runner re-runs an overrun alone before it counts.
 */
export function overrunLimitMs(timing: Pick<RunTiming, 'budgetMs' | 'steps'>): number {
  return timing.steps * (2 * timing.budgetMs + 5000);
}

/** The verdict of one run. */
export interface Verdict {
  pass: boolean;
  kind?: FailureKind;
  reason?: string;
}

/**
 * The expectation that applies to a run. With the scanner off only the runtime stage counts: a `blocked`
 * expectation without `runtime` (a `scan-only` technique) must then still be held, i.e. `contained`.
 */
export function effectiveExpectation(expectation: Expectation, scan: boolean): Expectation {
  if (scan || expectation.outcome !== 'blocked') return expectation;
  if (!expectation.stages.includes('runtime')) return { outcome: 'contained', hasValue: false };
  return { ...expectation, stages: ['runtime'] };
}

/** Canonical JSON with sorted keys, so equality ignores key order; `undefined` is its own value. */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return 'undefined';
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    const entries = Object.entries(v as Record<string, unknown>).sort(([a], [b]) =>
      a < b ? -1 : a > b ? 1 : 0,
    );
    return Object.fromEntries(entries);
  });
}

/** Deep equality of JSON data. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

/** One line describing what an expectation asks for, for reports. */
export function describeExpectation(expectation: Expectation): string {
  if (expectation.outcome === 'blocked') {
    const errors = expectation.errors ? ` ${expectation.errors.join('|')}` : '';
    return `blocked [${expectation.stages.join(',')}]${errors}`;
  }
  if (expectation.outcome === 'allowed') return `allowed ${truncate(canonicalJson(expectation.value))}`;
  return expectation.hasValue ? `contained ${truncate(canonicalJson(expectation.value))}` : 'contained';
}

/** One line describing an outcome, for reports. */
export function describeOutcome(outcome: AdapterOutcome): string {
  switch (outcome.status) {
    case 'completed':
      return `completed ${truncate(canonicalJson(outcome.value))}`;
    case 'threw': {
      // The guest's message is kept (bounded; reports escape it): it is often the whole diagnosis.
      const message = outcome.message ? `: ${truncate(String(outcome.message), 160)}` : '';
      return `threw ${outcome.errorCode}${outcome.name ? ` ${outcome.name}` : ''}${message}`;
    }
    case 'crashed':
      return `crashed: ${truncate(outcome.message)}`;
    default:
      return outcome.status;
  }
}

function truncate(text: string, limit = 120): string {
  return text.length > limit ? `${text.slice(0, limit)}…` : text;
}

function judgeBlocked(
  expectation: Extract<Expectation, { outcome: 'blocked' }>,
  outcome: AdapterOutcome,
): Verdict {
  if (outcome.status === 'completed')
    return { pass: false, kind: 'not-blocked', reason: 'the execution completed' };
  if (outcome.status === 'refused-by-scan') {
    if (expectation.stages.includes('scan')) return { pass: true };
    return {
      pass: false,
      kind: 'wrong-stage',
      reason: 'refused by the scanner; only a runtime refusal is expected',
    };
  }
  if (!expectation.stages.includes('runtime')) {
    return { pass: false, kind: 'wrong-stage', reason: 'refused at runtime; a scanner refusal is expected' };
  }
  const code = outcomeCode(outcome);
  if (expectation.errors && (code === null || !expectation.errors.includes(code))) {
    return {
      pass: false,
      kind: 'wrong-error',
      reason: `rejected with ${code}, expected ${expectation.errors.join('|')}`,
    };
  }
  return { pass: true };
}

function judgeAllowed(expected: unknown, outcome: AdapterOutcome): Verdict {
  if (outcome.status === 'refused-by-scan')
    return { pass: false, kind: 'false-positive', reason: 'refused by the scanner' };
  if (outcome.status !== 'completed') {
    return {
      pass: false,
      kind: 'unexpected-error',
      reason: `expected completion, got ${describeOutcome(outcome)}`,
    };
  }
  if (!jsonEqual(outcome.value, expected)) {
    return { pass: false, kind: 'wrong-value', reason: `value ${describeOutcome(outcome)} differs` };
  }
  return { pass: true };
}

function judgeExpectation(expectation: Expectation, outcome: AdapterOutcome): Verdict {
  if (expectation.outcome === 'blocked') return judgeBlocked(expectation, outcome);
  if (expectation.outcome === 'allowed') return judgeAllowed(expectation.value, outcome);
  if (
    outcome.status === 'completed' &&
    expectation.hasValue &&
    !jsonEqual(outcome.value, expectation.value)
  ) {
    return { pass: false, kind: 'wrong-value', reason: `value ${describeOutcome(outcome)} differs` };
  }
  return { pass: true };
}

/** A watchdog's message: the adapter never answered (the sample hung it). */
const HANG_MESSAGE = /did not answer|hung|watchdog/i;

/**
 * Judges a run from its effective expectation, the last step's outcome, the oracle's findings (evidence
 * only: see `oracle.ts`) and, when given, the time its executions took.
 */
export function judgeRun(
  expectation: Expectation,
  outcome: AdapterOutcome,
  findings: readonly string[],
  timing?: RunTiming,
): Verdict {
  if (findings.length > 0) return { pass: false, kind: 'escape', reason: findings.join('; ') };
  if (outcome.status === 'crashed') {
    const kind = HANG_MESSAGE.test(outcome.message) ? 'hang' : 'crash';
    return { pass: false, kind, reason: outcome.message };
  }
  if (timing && timing.elapsedMs > overrunLimitMs(timing)) {
    return {
      pass: false,
      kind: 'overrun',
      reason: `took ${Math.round(timing.elapsedMs)} ms for a ${timing.budgetMs} ms budget (limit with grace ${overrunLimitMs(timing)} ms)`,
    };
  }
  const verdict = judgeExpectation(expectation, outcome);
  const claim = claimedMarker(outcome);
  if (claim && (verdict.pass || verdict.kind === 'wrong-value')) {
    return {
      pass: false,
      kind: 'claimed-escape',
      reason: `${claim}, but the oracle saw no host evidence (a look-alike global, not a reach)`,
    };
  }
  return verdict;
}

/**
 * The category whose samples forge outputs: there the expected value or error code is the truth, and any
 * other outcome (a wrong value, a wrong or missing error) is the forgery succeeding.
 */
export const OUTPUT_INTEGRITY = 'output-integrity';

/**
 * True when a failed run keeps the profile from certification (see certification.ts and findings.ts).
 * `code` is the error code the run ended with, if any: in `output-integrity`, a time-budget kill is no
 * forged output (a loaded machine can cause one), so it does not block there; every other failure does.
 */
export function blocksCertification(
  sample: Pick<Sample, 'kind'> & Partial<Pick<Sample, 'category'>>,
  kind: FailureKind,
  expected = '',
  code: string | null = null,
): boolean {
  if (sample.category === OUTPUT_INTEGRITY && kind !== 'escape' && kind !== 'crash')
    return code !== 'ERR_TIMEOUT';
  const findingClass = classifyFailure({
    failureKind: kind,
    kind: sample.kind,
    category: sample.category ?? '',
    expected,
  });
  // A malicious sample refused where the profile allows it is counted as a false refusal, but only
  // benign code refused keeps a profile from certification.
  if (findingClass === 'false-refusal') return sample.kind === 'benign';
  return FINDING_BLOCKS[findingClass];
}

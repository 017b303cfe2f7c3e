/**
 * Turns one run (a sample, a profile, a scan mode) into a verdict: the sample's expectation, the adapter's
 * outcome of the last step, and the oracle's findings over every step. Oracle findings win over anything
 * the guest returned: a run with a finding is an escape.
 */
import { type AdapterOutcome, outcomeCode } from './adapters/adapter.js';
import type { Expectation, Sample } from './sample.js';

/** Why a run failed. `escape`, `crash`, `not-blocked` (malicious) and any benign failure block certification. */
export type FailureKind =
  | 'escape'
  | 'not-blocked'
  | 'wrong-stage'
  | 'wrong-error'
  | 'wrong-value'
  | 'false-positive'
  | 'unexpected-error'
  | 'crash';

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
    case 'threw':
      return `threw ${outcome.errorCode}${outcome.name ? ` ${outcome.name}` : ''}`;
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

/** Judges a run from its effective expectation, the last step's outcome and the oracle's findings. */
export function judgeRun(
  expectation: Expectation,
  outcome: AdapterOutcome,
  findings: readonly string[],
): Verdict {
  if (findings.length > 0) return { pass: false, kind: 'escape', reason: findings.join('; ') };
  if (outcome.status === 'crashed') return { pass: false, kind: 'crash', reason: outcome.message };
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

/**
 * The category whose samples forge outputs: there the expected value or error code is the truth, and any
 * other outcome (a wrong value, a wrong or missing error) is the forgery succeeding.
 */
export const OUTPUT_INTEGRITY = 'output-integrity';

/**
 * True when a failed run keeps the profile from certification (see certification.ts). `code` is the error
 * code the run ended with, if any: in `output-integrity`, a time-budget kill is no forged output (a loaded
 * machine can cause one), so it does not block there.
 */
export function blocksCertification(
  sample: Pick<Sample, 'kind' | 'category'>,
  kind: FailureKind,
  code: string | null = null,
): boolean {
  // A crash takes the host (or the sandbox) down: a denial of service, whatever the sample's kind.
  if (kind === 'escape' || kind === 'crash') return true;
  if (sample.category === OUTPUT_INTEGRITY) return code !== 'ERR_TIMEOUT';
  if (sample.kind === 'malicious') return kind === 'not-blocked';
  return true;
}

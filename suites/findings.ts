/**
 * The taxonomy of findings: every failed run falls in exactly one class, and each class has its own column,
 * colour and weight in the reports. The classes, with examples, are written down in `suites/FINDINGS.md`.
 *
 * - `escape`: the host was reached, another tenant or execution was affected, or a harness invariant broke.
 *   Only oracle evidence makes an escape: a host tripwire (canary global, canary file, host intrinsics,
 *   `process.exit`), the host canary's secret token in the guest's value or logs, or builtins changed for
 *   the next execution. The guest's own `ESCAPED` string is a claim, not evidence.
 * - `policy`: something the profile forbids works (eval, a module, a capability), with no reach.
 * - `surface`: a global, error or behaviour differs from the profile contract, with no reach (a stub
 *   `process`, an extra global, another error code, a refusal at another stage).
 * - `budget`: a time or memory budget did not hold (a bomb that completed, a run past budget plus grace, a
 *   sample that hung or took its worker down).
 * - `false-refusal`: benign code (or code the profile allows) was refused, by the scanner or at run time.
 * - `defect`: the sandbox or its adapter broke (a wrong result on benign code, an adapter exception).
 *
 * Only `escape` forces grade F; see `certification.ts`.
 */
import type { FailureKind } from './judge.js';
import type { RunRecord } from './run-record.js';

/** The class of a failed run. */
export type FindingClass = 'escape' | 'policy' | 'surface' | 'budget' | 'false-refusal' | 'defect';

/** Every class, in the order reports show them (most severe first). */
export const FINDING_CLASSES: readonly FindingClass[] = [
  'escape',
  'policy',
  'budget',
  'false-refusal',
  'defect',
  'surface',
];

/**
 * The weight a failed run of each class adds to the score's denominator (a passing run weighs 1 when
 * benign, 2 when malicious). An escape costs as much as five failed malicious runs; a surface deviation
 * costs half a benign run.
 */
export const FINDING_WEIGHTS: Readonly<Record<FindingClass, number>> = {
  escape: 10,
  policy: 2,
  budget: 2,
  'false-refusal': 1,
  defect: 1,
  surface: 0.5,
};

/** Whether a class keeps a profile from certification. Surface deviations lower the score only. */
export const FINDING_BLOCKS: Readonly<Record<FindingClass, boolean>> = {
  escape: true,
  policy: true,
  budget: true,
  'false-refusal': true,
  defect: true,
  surface: false,
};

/** Report colours per class (each also has a label, so the class survives greyscale printing). */
export const FINDING_COLORS: Readonly<Record<FindingClass, string>> = {
  escape: '#82071e',
  policy: '#cf222e',
  budget: '#bc4c00',
  'false-refusal': '#8250df',
  defect: '#57606a',
  surface: '#9a6700',
};

/** One line per class, for report legends. */
export const FINDING_LABELS: Readonly<Record<FindingClass, string>> = {
  escape: 'escape: host reached, another tenant or execution affected (oracle evidence)',
  policy: 'policy deviation: something the profile forbids works',
  budget: 'budget failure: a time or memory budget did not hold',
  'false-refusal': 'false refusal: allowed code refused (scanner or runtime)',
  defect: 'defect: the sandbox or its adapter broke',
  surface: 'surface deviation: a global or behaviour differs, no reach',
};

/** The SandboxError codes of a budget kill. */
export const BUDGET_CODES: ReadonlySet<string> = new Set(['ERR_TIMEOUT', 'ERR_MEMORY_LIMIT']);

/** What {@link classifyFailure} needs to know about a failed run. */
export interface FailureFacts {
  failureKind: FailureKind;
  kind: 'malicious' | 'benign';
  category: string;
  /** The effective expectation as one line (`describeExpectation`). */
  expected: string;
  /** The failure's reason (for crashes: the adapter's message). */
  reason?: string;
}

/** True when an expectation line asks only for budget kills (`blocked [...] ERR_TIMEOUT|ERR_MEMORY_LIMIT`). */
function expectsBudgetKill(expected: string): boolean {
  const match = /^blocked \[[^\]]*\] (\S+)$/.exec(expected);
  if (!match) return false;
  return match[1]!.split('|').every((code) => BUDGET_CODES.has(code));
}

/** A crash that is a hang or an out-of-memory death of the sandbox, rather than a broken adapter. */
function isResourceCrash(facts: FailureFacts): boolean {
  const reason = facts.reason ?? '';
  if (/did not answer|hung|hang|watchdog|out of memory|heap limit|exit 134|SIGABRT|SIGKILL/i.test(reason))
    return true;
  return facts.category === 'resource-exhaustion';
}

/** The class of one failed run. */
export function classifyFailure(facts: FailureFacts): FindingClass {
  switch (facts.failureKind) {
    case 'escape':
      return 'escape';
    case 'overrun':
    case 'hang':
      return 'budget';
    case 'crash':
      return isResourceCrash(facts) ? 'budget' : 'defect';
    case 'false-positive':
      return 'false-refusal';
    case 'not-blocked':
      return expectsBudgetKill(facts.expected) ? 'budget' : 'policy';
    case 'unexpected-error':
      return 'false-refusal';
    case 'wrong-value':
      return facts.kind === 'benign' ? 'defect' : 'surface';
    case 'wrong-stage':
    case 'wrong-error':
    case 'claimed-escape':
      return 'surface';
    default:
      return 'defect';
  }
}

/** The class of a record, or null when it passed. */
export function recordClass(record: RunRecord): FindingClass | null {
  if (record.pass || record.failureKind === undefined) return null;
  return classifyFailure({
    failureKind: record.failureKind,
    kind: record.kind,
    category: record.category,
    expected: record.expected,
    ...(record.reason === undefined ? {} : { reason: record.reason }),
  });
}

/** Zeroed per-class counters. */
export function emptyClassCounts(): Record<FindingClass, number> {
  return { escape: 0, policy: 0, budget: 0, 'false-refusal': 0, defect: 0, surface: 0 };
}

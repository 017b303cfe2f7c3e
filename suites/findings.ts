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
import type { FindingClass } from '../results/index.js';
import type { FailureKind } from './judge.js';
import type { RunRecord } from './run-record.js';

export {
  FINDING_BLOCKS,
  FINDING_CLASSES,
  FINDING_COLORS,
  FINDING_LABELS,
  FINDING_WEIGHTS,
  type FindingClass,
} from '../results/index.js';

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

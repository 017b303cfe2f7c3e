/**
 * The shape of a scanner rule, in the manner of ESLint rules: one rule per file, `meta` describing what it
 * catches and misses, and `check(ctx)` reporting findings through the context. Rules never throw on purpose;
 * if one does, the scan fails closed with `scanner-internal-error`.
 */
import type { AnyNode } from 'acorn';
import type { GlobalAccess } from './global-access.js';
import type { HtmlComment } from './parse-source.js';
import type { ProgramIndex } from './program-index.js';
import type { ScanProfile } from './scan-profile.js';
import type { Severity } from './types.js';
import type { ValueResolver } from './value-resolver.js';

/** What a rule is, when it applies, and how far to trust it. */
export interface RuleMeta {
  readonly id: string;
  readonly description: string;
  /** The severity of the rule's most serious finding (some findings of a rule may be lower). */
  readonly severity: Severity;
  /** The profiles the rule applies to: all of them, or those a predicate accepts. */
  readonly profiles: 'all' | ((profile: ScanProfile) => boolean);
  /** Benign code the rule flags anyway. */
  readonly falsePositives: string;
  /** Hostile code the rule misses. A miss is never a hole on its own: the runtime is the boundary. */
  readonly falseNegatives: string;
  /** What to do instead, shown in reports. */
  readonly recommendation: string;
}

/** A finding before positions are mapped to snippet lines. */
export interface RawFinding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  readonly offset: number;
}

/** What a rule may read, and how it reports. */
export interface RuleContext {
  readonly profile: ScanProfile;
  readonly index: ProgramIndex;
  readonly values: ValueResolver;
  /** Every place a global is reached by name: free identifiers, members of the global object, destructuring. */
  readonly globalAccesses: readonly GlobalAccess[];
  /** Accesses to the global object whose key could not be folded (`globalThis[k]` with `k` unknown). */
  readonly dynamicGlobalKeys: readonly AnyNode[];
  readonly htmlComments: readonly HtmlComment[];
  /** The parsed text (the wrapped snippet, or a decoded string being re-scanned). */
  readonly text: string;
  /** 0 for the snippet, 1+ for decoded strings re-scanned as code. */
  readonly rescanDepth: number;
  /** Reports a finding at a node (or any object with a `start` offset); severity defaults to the rule's. */
  report(at: { readonly start: number }, message: string, severity?: Severity): void;
  /**
   * Scans a decoded string as code under the same profile, within the depth and size budgets; returns its
   * findings, or `undefined` when the budget is spent, the depth is reached or the string is not code.
   */
  rescan(code: string): readonly RawFinding[] | undefined;
  /** Throws when the scan is over its time budget; loops over large inputs call it now and then. */
  checkBudget(): void;
}

/** A scanner rule. */
export interface Rule {
  readonly meta: RuleMeta;
  check(ctx: RuleContext): void;
}

/** Whether a rule applies under a profile. */
export function ruleApplies(rule: Rule, profile: ScanProfile): boolean {
  return rule.meta.profiles === 'all' || rule.meta.profiles(profile);
}

/** Whether a node is the operand of `typeof` (a probe, which never throws and grants nothing). */
export function isTypeofOperand(index: ProgramIndex, node: AnyNode): boolean {
  const parent = index.parentOf(node);
  return parent?.type === 'UnaryExpression' && parent.operator === 'typeof';
}

/**
 * Runs the rules over one parsed program: one walk, one resolver, one pass per rule over the node lists it
 * needs. Also the re-scan of decoded strings as code, bounded in depth and total size, which shares the scan's
 * time budget and warnings.
 */

import type { AnyNode, Program } from 'acorn';
import { collectGlobalAccesses } from './global-access.js';
import { measureNestingDepth } from './nesting-depth.js';
import { type HtmlComment, parseSource } from './parse-source.js';
import { ProgramIndex } from './program-index.js';
import type { RawFinding, Rule, RuleContext } from './rule.js';
import { ruleApplies } from './rule.js';
import { scanClockMs } from './scan-clock.js';
import type { ScanProfile } from './scan-profile.js';
import type { ResolvedScannerOptions, Severity } from './types.js';
import { ValueResolver } from './value-resolver.js';

/** Thrown (and caught by the scanner) when a scan runs over its time budget. */
export class ScanBudgetExceeded extends Error {
  readonly code = 'ERR_SCAN_TIME_BUDGET';
}

/** State shared by a scan and its re-scans. */
export interface ScanState {
  readonly deadline: number;
  readonly options: ResolvedScannerOptions;
  readonly profile: ScanProfile;
  readonly rules: readonly Rule[];
  rescanCharsLeft: number;
  readonly warnings: Set<string>;
}

/** One program to analyze. */
export interface ProgramInput {
  readonly program: Program;
  readonly htmlComments: readonly HtmlComment[];
  readonly text: string;
  /** The runtime's wrapper function node, for the snippet itself; absent for decoded strings. */
  readonly wrapper: AnyNode | undefined;
  readonly rescanDepth: number;
}

/** Throws {@link ScanBudgetExceeded} once the deadline has passed. */
export function checkDeadline(state: ScanState): void {
  if (scanClockMs() > state.deadline) throw new ScanBudgetExceeded('scan time budget exceeded');
}

/** Runs every applicable rule over `input`; returns raw findings (offsets into `input.text`). */
export function analyzeProgram(input: ProgramInput, state: ScanState): RawFinding[] {
  const checkBudget = (): void => checkDeadline(state);
  const index = new ProgramIndex(input.program, input.wrapper, checkBudget);
  const values = new ValueResolver(index, state.options.maxFoldedStringLength, checkBudget);
  // Resolving references in source order first keeps alias chains shallow (each link is already memoized).
  for (const id of index.references) values.resolve(id);
  const { accesses, dynamicKeys } = collectGlobalAccesses(index, values);
  const findings: RawFinding[] = [];
  let current: Rule | undefined;
  const ctx: RuleContext = {
    profile: state.profile,
    index,
    values,
    globalAccesses: accesses,
    dynamicGlobalKeys: dynamicKeys,
    htmlComments: input.htmlComments,
    text: input.text,
    rescanDepth: input.rescanDepth,
    report(at: { readonly start: number }, message: string, severity?: Severity): void {
      const rule = current as Rule;
      findings.push({
        ruleId: rule.meta.id,
        severity: severity ?? rule.meta.severity,
        message,
        offset: at.start,
      });
    },
    rescan: (code: string) => rescan(code, input.rescanDepth + 1, state),
    checkBudget,
  };
  for (const rule of state.rules) {
    if (!ruleApplies(rule, state.profile)) continue;
    current = rule;
    rule.check(ctx);
    checkBudget();
  }
  return findings;
}

function rescan(code: string, depth: number, state: ScanState): RawFinding[] | undefined {
  if (depth > state.options.maxRescanDepth) return undefined;
  if (code.length > state.rescanCharsLeft) {
    state.warnings.add('Decoded strings exceeded the re-scan budget; some were not scanned as code.');
    return undefined;
  }
  state.rescanCharsLeft -= code.length;
  if (measureNestingDepth(code, state.options.maxDepth) > state.options.maxDepth) return undefined;
  const parsed = parseSource(code, { asBody: true });
  if (!parsed.ok) return undefined;
  const input = {
    program: parsed.program,
    htmlComments: parsed.htmlComments,
    text: code,
    wrapper: undefined,
  };
  return analyzeProgram({ ...input, rescanDepth: depth }, state);
}

/**
 * Analyzes `code` parsed as a free-standing body (not wrapped, sloppy mode, as a decoded string would be):
 * used to test rules that only fire outside the strict wrapper, such as `with-statement`. Returns
 * `undefined` when the code does not parse.
 */
export function analyzeBody(code: string, state: ScanState): RawFinding[] | undefined {
  const parsed = parseSource(code, { asBody: true });
  if (!parsed.ok) return undefined;
  const input = {
    program: parsed.program,
    htmlComments: parsed.htmlComments,
    text: code,
    wrapper: undefined,
  };
  return analyzeProgram({ ...input, rescanDepth: 1 }, state);
}

/**
 * Strings built by folding (concatenation, templates, `String.fromCharCode`, `atob`, hex, `unescape`,
 * `split('').reverse().join('')`, ...) are re-scanned as code, two levels deep and within a size budget; if the
 * decoded text is code that other rules flag `critical` or `high`, this rule reports it at the expression
 * that builds the string, with the inner rule ids. Plain string literals are never re-scanned: names in
 * strings are not findings; nor are joined words (`['process', 'data'].join('-')`): only decoded text that
 * calls, constructs, reads a member, assigns or imports is re-scanned.
 */
import type { AnyNode } from 'acorn';
import { doesSomething } from '../code-like.js';
import type { Rule, RuleContext } from '../rule.js';
import type { Severity } from '../types.js';

/** Decoded strings shorter than this are keys, not code. */
const MIN_CODE_LENGTH = 4;
/** Inner findings about source-text tricks mean nothing inside a string (`'<!-- header -->'` is HTML). */
const TEXT_ONLY_RULES = new Set(['html-comment', 'obfuscation-density', 'wrapper-breakout']);
const CANDIDATE_TYPES = [
  'BinaryExpression',
  'TemplateLiteral',
  'CallExpression',
  'TaggedTemplateExpression',
] as const;

/** Flags decoded strings whose content is flagged code. */
export const decodedCodeRule: Rule = {
  meta: {
    id: 'decoded-code',
    description: 'Strings built by concatenation or decoders that contain flagged code.',
    severity: 'critical',
    profiles: 'all',
    falsePositives: 'Code samples assembled at run time for display (e.g. a tutorial that builds "eval(x)").',
    falseNegatives:
      'Decoders outside the folding allow-list, strings over the folding or re-scan budget, more than two ' +
      'levels of encoding, and code assembled across function calls.',
    recommendation: 'Do not assemble code in strings.',
  },
  check(ctx) {
    for (const type of CANDIDATE_TYPES) {
      for (const node of ctx.index.nodesOfType(type)) checkCandidate(ctx, node);
    }
  },
};

function checkCandidate(ctx: RuleContext, node: AnyNode): void {
  const value = ctx.values.resolve(node);
  if (value.kind !== 'string' || !value.decoded || value.value.length < MIN_CODE_LENGTH) return;
  // Only the outermost expression building the string is re-scanned.
  const parent = ctx.index.parentOf(node);
  if (parent) {
    const outer = ctx.values.resolve(parent);
    if (outer.kind === 'string' && outer.decoded) return;
  }
  // Joined words ("process-data") parse, but as operators over names: only text that acts is code.
  if (!doesSomething(value.value)) return;
  const inner = ctx.rescan(value.value);
  if (!inner) return;
  let worst: Severity | undefined;
  const ids = new Set<string>();
  for (const finding of inner) {
    if (finding.severity !== 'critical' && finding.severity !== 'high') continue;
    if (TEXT_ONLY_RULES.has(finding.ruleId)) continue;
    ids.add(finding.ruleId);
    if (worst !== 'critical') worst = finding.severity;
  }
  if (worst) ctx.report(node, `a decoded string is code flagged by: ${[...ids].sort().join(', ')}`, worst);
}

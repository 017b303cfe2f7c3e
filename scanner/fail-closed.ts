/**
 * The fail-closed outcomes: inputs the scanner refuses to judge. Each has its own rule id and is `critical`,
 * so the report is insecure with grade F. They are not AST rules, but they are listed with the rules in
 * SARIF output and in the README.
 */
import type { RuleMeta } from './rule.js';

/** Ids of the fail-closed outcomes. */
export type FailClosedId =
  | 'parse-error'
  | 'source-too-large'
  | 'nesting-too-deep'
  | 'scan-time-budget'
  | 'scanner-internal-error'
  | 'invalid-request';

const NONE = 'None: the scanner refuses the input as a whole.';

function meta(
  id: FailClosedId,
  description: string,
  falsePositives: string,
  recommendation: string,
): RuleMeta {
  return Object.freeze({
    id,
    description,
    severity: 'critical',
    profiles: 'all',
    falsePositives,
    falseNegatives: NONE,
    recommendation,
  });
}

/** Metadata of every fail-closed outcome. */
export const FAIL_CLOSED_META: Readonly<Record<FailClosedId, RuleMeta>> = Object.freeze({
  'parse-error': meta(
    'parse-error',
    'The wrapped snippet does not parse as an ECMAScript (latest) script.',
    'Syntax newer than the parser (acorn, ecmaVersion latest) that V8 already accepts.',
    'Fix the syntax error; the runtime would reject the snippet too.',
  ),
  'source-too-large': meta(
    'source-too-large',
    'The snippet is larger than maxSourceBytes.',
    'Large legitimate snippets; raise maxSourceBytes.',
    'Pass data through `input` rather than inlining it in code.',
  ),
  'nesting-too-deep': meta(
    'nesting-too-deep',
    'Bracket nesting (or parser recursion) deeper than maxDepth.',
    'Deeply nested data literals; pass them through `input`.',
    'Flatten deeply nested code or pass deep data through `input`.',
  ),
  'scan-time-budget': meta(
    'scan-time-budget',
    'The scan took longer than timeBudgetMs.',
    'Large snippets on a slow or overloaded machine.',
    'Split the snippet, or raise timeBudgetMs.',
  ),
  'scanner-internal-error': meta(
    'scanner-internal-error',
    'The scanner failed internally; it refuses rather than passes.',
    'Any input that triggers a scanner bug.',
    'Report the snippet as a scanner bug.',
  ),
  'invalid-request': meta(
    'invalid-request',
    'The request is malformed: code is not a string, or the profile is unknown or incomplete.',
    'None.',
    'Pass `code` as a string and a built-in profile name or a complete profile object.',
  ),
});

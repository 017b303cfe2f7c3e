/**
 * `eval` in every form the parser can see: direct calls, indirect calls, aliases and reads through the global
 * object, including unicode-escaped spellings (acorn decodes identifier escapes, and keys are folded).
 * `ShadowRealm` is here too: `evaluate` is string code generation in a fresh realm.
 */
import type { Rule } from '../rule.js';
import { reportGlobalAccesses } from './report-global-access.js';

const NAMES = new Map([
  ['eval', 'string code generation is blocked in every profile'],
  ['ShadowRealm', 'a new realm evaluates strings as code'],
]);

/** Flags every reference to the global `eval` (and `ShadowRealm`). */
export const evalRule: Rule = {
  meta: {
    id: 'eval',
    description: 'References to the global eval, by any name or path the scanner can resolve.',
    severity: 'critical',
    profiles: 'all',
    falsePositives:
      'Code that only passes eval around without calling it (rare); a `typeof eval` probe (low).',
    falseNegatives:
      'Keys built by operations the folder does not evaluate (e.g. `.map()` over char codes) that are not on the ' +
      'global object; eval reached through host-provided objects. The runtime throws EvalError in every profile.',
    recommendation:
      'Do not generate code from strings; use JSON.parse for data and plain functions for logic.',
  },
  check(ctx) {
    reportGlobalAccesses(ctx, { names: NAMES });
  },
};

/**
 * `with` statements. The runtime's wrapper makes every snippet strict, where `with` is a syntax error, so
 * this rule fires only on code parsed without the wrapper (decoded strings). It stays as a guard in case
 * the wrapper ever changes: `with` plus `Symbol.unscopables` defeats name-based analysis.
 */
import type { Rule } from '../rule.js';

/** Flags every `with` statement. */
export const withStatementRule: Rule = {
  meta: {
    id: 'with-statement',
    description: 'with statements, which make name resolution dynamic.',
    severity: 'high',
    profiles: 'all',
    falsePositives: 'None: `with` is never needed.',
    falseNegatives: 'None at the syntax level.',
    recommendation: 'Refer to object properties explicitly.',
  },
  check(ctx) {
    for (const node of ctx.index.nodesOfType('WithStatement')) {
      ctx.report(node, '`with` makes every name inside it resolve dynamically');
    }
  },
};

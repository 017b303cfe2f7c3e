/**
 * The global `Function` constructor, by any name or path the resolver sees (`Function`, `self.Function`,
 * `Reflect.get(globalThis, 'Func'+'tion')`). The constructor chains that reach the same constructor from a
 * function value are the `constructor-chain` rule. Not a finding under profiles that allow the constructor.
 */
import type { Rule } from '../rule.js';
import { reportGlobalAccesses } from './report-global-access.js';

const NAMES = new Map([['Function', 'the Function constructor generates code from strings']]);

/** Flags references to the global `Function` where the profile blocks it. */
export const functionConstructorRule: Rule = {
  meta: {
    id: 'function-constructor',
    description: 'References to the global Function constructor where the profile blocks code generation.',
    severity: 'critical',
    profiles: (profile) => !profile.allowFunctionConstructor,
    falsePositives:
      'Identity uses such as `Function.prototype.toString.call(f)`; `x instanceof Function` is exempt.',
    falseNegatives:
      'Function reached from host objects or through unfolded keys; the runtime throws EvalError regardless.',
    recommendation: 'Write the function directly instead of building it from a string.',
  },
  check(ctx) {
    reportGlobalAccesses(ctx, {
      names: NAMES,
      exempt: ({ node }) => {
        const parent = ctx.index.parentOf(node);
        return (
          parent?.type === 'BinaryExpression' && parent.operator === 'instanceof' && parent.right === node
        );
      },
    });
  },
};

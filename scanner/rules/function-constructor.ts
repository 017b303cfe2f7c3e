/**
 * The global `Function` constructor, by any name or path the resolver sees (`Function`, `self.Function`,
 * `Reflect.get(globalThis, 'Func'+'tion')`). The constructor chains that reach the same constructor from a
 * function value are the `constructor-chain` rule. Not a finding under profiles that allow the constructor.
 */
import type { AnyNode } from 'acorn';
import type { Rule, RuleContext } from '../rule.js';
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
      'Identity uses are exempt: `x instanceof Function`, `x === Function`, and reads of `Function.prototype` ' +
      'methods (`Function.prototype.toString.call(f)`) or comparisons with `Function.prototype`.',
    falseNegatives:
      'Function reached from host objects or through unfolded keys; the runtime throws EvalError regardless.',
    recommendation: 'Write the function directly instead of building it from a string.',
  },
  check(ctx) {
    reportGlobalAccesses(ctx, {
      names: NAMES,
      exempt: ({ node }) => isIdentityUse(ctx, node),
    });
  },
};

const COMPARISONS = new Set(['===', '!==', '==', '!=', 'instanceof']);
/** Keys of `Function.prototype` whose reading reaches Function itself. */
const REACHES_FUNCTION = new Set(['constructor', '__proto__']);

/**
 * Uses of `Function` that compare or read methods and generate no code: `x instanceof Function`,
 * `x.constructor === Function`, `Function.prototype.toString`, `proto === Function.prototype`.
 */
function isIdentityUse(ctx: RuleContext, node: AnyNode): boolean {
  const parent = ctx.index.parentOf(node);
  if (parent?.type === 'BinaryExpression' && COMPARISONS.has(parent.operator)) {
    return parent.operator !== 'instanceof' || parent.right === node;
  }
  if (parent?.type !== 'MemberExpression' || parent.object !== node) return false;
  if (ctx.values.memberKey(parent) !== 'prototype') return false;
  const grand = ctx.index.parentOf(parent);
  if (grand?.type === 'BinaryExpression' && COMPARISONS.has(grand.operator)) return true;
  if (grand?.type !== 'MemberExpression' || grand.object !== parent) return false;
  const key = ctx.values.memberKey(grand);
  // A method read, not a write of one (writes are the prototype-write rule's).
  const target = ctx.index.parentOf(grand);
  const written = target?.type === 'AssignmentExpression' && target.left === grand;
  return key !== undefined && !REACHES_FUNCTION.has(key) && !written;
}

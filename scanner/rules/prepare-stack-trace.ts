/**
 * V8's stack-trace hooks on `Error`: `Error.prepareStackTrace` (CallSite objects expose `getThis()` and
 * functions: the classic host-object leak) and `Error.stackTraceLimit` (persistent configuration) are `high`,
 * read or written, directly or reflectively. `Error.captureStackTrace` is `low` when written as is: custom
 * error classes call it legitimately; reached through an alias, a subclass or reflection it is `high`.
 */
import type { AnyNode } from 'acorn';
import { ERROR_SUBCLASSES } from '../builtin-values.js';
import type { Rule, RuleContext } from '../rule.js';

const HOOKS = new Map([
  ['prepareStackTrace', 'high'],
  ['stackTraceLimit', 'high'],
  ['captureStackTrace', 'low'],
] as const);
const REFLECTIVE = new Set(['Object.defineProperty', 'Reflect.defineProperty', 'Reflect.set', 'Reflect.get']);

/** Flags uses of the V8 stack-trace hooks. */
export const prepareStackTraceRule: Rule = {
  meta: {
    id: 'prepare-stack-trace',
    description: 'Uses of Error.prepareStackTrace, Error.stackTraceLimit and Error.captureStackTrace.',
    severity: 'high',
    profiles: 'all',
    falsePositives: 'Error classes that call `Error.captureStackTrace(this, C)` (reported low).',
    falseNegatives: 'Hooks set through unfolded keys on an alias of Error held in a user variable.',
    recommendation: 'Read `err.stack` as a string; do not install stack-trace hooks.',
  },
  check(ctx) {
    for (const node of ctx.index.nodesOfType('MemberExpression')) {
      const value = ctx.values.resolve(node);
      if (value.kind !== 'global-member') continue;
      if (value.key === 'captureStackTrace') {
        checkCapture(ctx, node, value.root);
        continue;
      }
      if (value.root !== 'Error') continue;
      const severity = HOOKS.get(value.key as 'prepareStackTrace');
      if (severity) ctx.report(node, `uses Error.${value.key}`, severity);
    }
    // `const { captureStackTrace: c } = Error; c(o)`, `const c = Reflect.get(Error, k); c(o)`: a name or a
    // reflective read that holds the hook.
    for (const node of [...ctx.index.references, ...ctx.index.nodesOfType('CallExpression')]) {
      const value = ctx.values.resolve(node);
      if (value.kind === 'global-member' && value.key === 'captureStackTrace')
        checkCapture(ctx, node, value.root);
    }
    // Installing a hook on a value the resolver cannot name (`E.prepareStackTrace = f` with `E` an alias of
    // Error it lost) is the same act: only Error's hooks have these names.
    for (const node of ctx.index.nodesOfType('AssignmentExpression')) {
      const left = node.left;
      if (left.type !== 'MemberExpression') continue;
      const key = ctx.values.memberKey(left);
      if (key !== 'prepareStackTrace' && key !== 'stackTraceLimit') continue;
      const value = ctx.values.resolve(left);
      if (value.kind === 'global-member' && value.root === 'Error') continue; // reported above
      ctx.report(node, `writes \`${key}\` on a value that may be Error`, 'high');
    }
    for (const node of ctx.index.nodesOfType('CallExpression')) {
      const callee = ctx.values.resolve(node.callee);
      if (callee.kind !== 'global-member' || !REFLECTIVE.has(`${callee.root}.${callee.key}`)) continue;
      const [target, key] = node.arguments;
      const targetValue = target ? ctx.values.resolve(target) : undefined;
      const keyValue = key ? ctx.values.resolve(key) : undefined;
      if (targetValue?.kind !== 'global' || targetValue.name !== 'Error' || keyValue?.kind !== 'string')
        continue;
      const severity = HOOKS.get(keyValue.value as 'prepareStackTrace');
      if (severity && keyValue.value !== 'captureStackTrace')
        ctx.report(node, `reaches Error.${keyValue.value} reflectively`, severity);
    }
  },
};

/**
 * `Error.captureStackTrace`, spelled so, is what custom error classes call (low). Reached by any other route
 * (an inherited static of a subclass, `Object.getPrototypeOf(RangeError)`, a destructured or aliased name,
 * `Reflect.get`, a computed key, a parameter holding Error) it is the hook taken where no error class needs
 * to take it from: high.
 */
function checkCapture(ctx: RuleContext, node: AnyNode, root: string): void {
  if (root !== 'Error' && !ERROR_SUBCLASSES.has(root)) return;
  if (isPlainCapture(ctx, node)) {
    ctx.report(node, 'uses Error.captureStackTrace', 'low');
    return;
  }
  const route = root === 'Error' ? 'an alias or a computed route' : `the subclass ${root}`;
  ctx.report(node, `reaches Error.captureStackTrace through ${route}`, 'high');
}

/** `Error.captureStackTrace` written as is, with `Error` the global. */
function isPlainCapture(ctx: RuleContext, node: AnyNode): boolean {
  if (node.type !== 'MemberExpression' || node.computed) return false;
  const object = node.object;
  if (object.type !== 'Identifier' || object.name !== 'Error' || !ctx.index.isFreeReference(object))
    return false;
  // Handed to another function (`Reflect.apply(Error.captureStackTrace, ...)`) it is an alias again.
  const parent = ctx.index.parentOf(node);
  return !(
    (parent?.type === 'CallExpression' || parent?.type === 'NewExpression') &&
    parent.arguments.includes(node as never)
  );
}

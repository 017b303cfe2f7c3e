/**
 * V8's stack-trace hooks on `Error`: `Error.prepareStackTrace` (CallSite objects expose `getThis()` and
 * functions: the classic host-object leak) and `Error.stackTraceLimit` (persistent configuration) are `high`,
 * read or written, directly or reflectively. `Error.captureStackTrace` is `low`: custom error classes call it
 * legitimately.
 */
import type { Rule } from '../rule.js';

const HOOKS = new Map([
  ['prepareStackTrace', 'high'],
  ['stackTraceLimit', 'high'],
  ['captureStackTrace', 'low'],
] as const);
const REFLECTIVE = new Set(['Object.defineProperty', 'Reflect.defineProperty', 'Reflect.set', 'Reflect.get']);

/** Flags uses of the V8 stack-trace hooks. */
/** Constructors whose prototype chain reaches Error, so they inherit its static hooks. */
const ERROR_SUBCLASSES = new Set([
  'EvalError',
  'RangeError',
  'ReferenceError',
  'SyntaxError',
  'TypeError',
  'URIError',
  'AggregateError',
]);

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
      // The Error subclasses inherit Error's statics: `TypeError.captureStackTrace` is Error's own function,
      // reached by a route no error class needs, so it is graded above the plain call.
      if (value.root !== 'Error') {
        if (ERROR_SUBCLASSES.has(value.root) && value.key === 'captureStackTrace')
          ctx.report(node, `uses Error.captureStackTrace inherited through ${value.root}`, 'medium');
        continue;
      }
      const severity = HOOKS.get(value.key as 'prepareStackTrace');
      if (severity) ctx.report(node, `uses Error.${value.key}`, severity);
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
      if (severity) ctx.report(node, `reaches Error.${keyValue.value} reflectively`, severity);
    }
  },
};

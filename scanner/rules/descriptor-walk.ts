/**
 * Enumerating the own properties of an object that holds a code constructor or a stack-trace hook:
 * `Object.getOwnPropertyDescriptors(Object.getPrototypeOf(async () => {}))` (its `constructor` is the
 * AsyncFunction constructor, picked out afterwards by a predicate, `find`, `reduce`, `for...in`, spread or
 * destructuring, which no key folding sees), `Object.getOwnPropertyDescriptor(Object.getPrototypeOf(fn),
 * 'constructor')` for any `fn`, and `Object.getOwnPropertyNames(Error)`. Where the profile grants the Function
 * constructor, only the Error statics count. The runtime holds either way: code constructors throw EvalError,
 * and a stack-trace hook stays inside the execution's context.
 */
import type { AnyNode } from 'acorn';
import { isPrototypeGetter } from '../prototype-reach.js';
import type { Rule, RuleContext } from '../rule.js';
import { asKey, isCallableGlobal, type Value } from '../value.js';

const ENUMERATORS = new Set([
  'Object.getOwnPropertyDescriptors',
  'Object.getOwnPropertyNames',
  'Reflect.ownKeys',
]);
const SINGLE = new Set(['Object.getOwnPropertyDescriptor', 'Reflect.getOwnPropertyDescriptor']);
const ERRORS = /^(Aggregate|Eval|Range|Reference|Syntax|Type|URI)?Error$/;

/** Flags enumerations of function prototypes and Error's statics. */
export const descriptorWalkRule: Rule = {
  meta: {
    id: 'descriptor-walk',
    description:
      'Own-property enumeration of a function prototype (its `constructor` is a code constructor) or of an ' +
      'Error constructor (its statics are the stack-trace hooks).',
    severity: 'high',
    profiles: 'all',
    falsePositives:
      'Reflection utilities that list the methods of a function prototype; `getOwnPropertyDescriptors` of ' +
      'the prototype of a value the scanner cannot see, in a profile without the Function constructor.',
    falseNegatives: 'Prototypes reached through flows the resolver loses before the enumeration.',
    recommendation: 'Do not enumerate builtin prototypes; name the functions you need.',
  },
  check(ctx) {
    for (const node of ctx.index.nodesOfType('CallExpression')) {
      const call = reflectiveCall(ctx, node);
      if (!call) continue;
      const [target, key] = call.args;
      if (!target || target.type === 'SpreadElement') continue;
      if (isErrorConstructor(ctx.values.resolve(target))) {
        ctx.report(node, `${call.name} of an Error constructor (its statics are the stack-trace hooks)`);
        continue;
      }
      if (ctx.profile.allowFunctionConstructor) continue;
      const reach = functionPrototype(
        ctx,
        target,
        call.name === 'Object.getOwnPropertyDescriptors' || SINGLE.has(call.name),
      );
      if (!reach) continue;
      if (ENUMERATORS.has(call.name)) {
        ctx.report(node, `${call.name} of ${reach}, whose \`constructor\` is a code constructor`);
      } else if (key && key.type !== 'SpreadElement') {
        const k = asKey(ctx.values.resolve(key));
        if (k === undefined || k === 'constructor')
          ctx.report(node, `${call.name} of ${reach} with \`constructor\` or an unresolvable key`);
      }
    }
  },
};

/** The reflective call a node makes, also through `.call(thisArg, ...)`, with its effective arguments. */
function reflectiveCall(
  ctx: RuleContext,
  node: AnyNode & { type: 'CallExpression' },
): { name: string; args: readonly AnyNode[] } | undefined {
  const direct = globalMemberName(ctx.values.resolve(node.callee));
  if (direct && (ENUMERATORS.has(direct) || SINGLE.has(direct)))
    return { name: direct, args: node.arguments };
  const callee = node.callee;
  if (callee.type !== 'MemberExpression' || ctx.values.memberKey(callee) !== 'call') return undefined;
  const inner = globalMemberName(ctx.values.resolve(callee.object));
  if (inner && (ENUMERATORS.has(inner) || SINGLE.has(inner)))
    return { name: inner, args: node.arguments.slice(1) };
  return undefined;
}

function globalMemberName(value: Value): string | undefined {
  return value.kind === 'global-member' ? `${value.root}.${value.key}` : undefined;
}

function isErrorConstructor(value: Value): boolean {
  return value.kind === 'global' && ERRORS.test(value.name);
}

/**
 * How an expression may be a function prototype: one the resolver knows, `Function.prototype`, or
 * `getPrototypeOf(x)` of a function (or, for descriptors, of any value the scanner cannot see).
 */
function functionPrototype(ctx: RuleContext, node: AnyNode, lostCounts: boolean): string | undefined {
  const value = ctx.values.resolve(node);
  if (value.kind === 'function-prototype') return 'a function prototype';
  if (value.kind === 'global-member' && value.root === 'Function' && value.key === 'prototype')
    return '`Function.prototype`';
  if (node.type !== 'CallExpression' || !isPrototypeGetter(ctx, node.callee)) return undefined;
  const of = node.arguments[0];
  if (!of || of.type === 'SpreadElement') return undefined;
  const inner = ctx.values.resolve(of);
  if (isFunctionValue(inner) || isFunctionLiteral(of)) return 'the prototype of a function';
  // The prototype of a value the scanner cannot see counts for descriptors (their values are the functions,
  // `constructor` included) and for the single-key form, not for a list of names.
  if (lostCounts && (inner.kind === 'unknown' || inner.kind === 'lost'))
    return 'the prototype of a value the scanner cannot see';
  return undefined;
}

function isFunctionLiteral(node: AnyNode): boolean {
  return (
    node.type === 'FunctionExpression' ||
    node.type === 'ArrowFunctionExpression' ||
    node.type === 'ClassExpression'
  );
}

function isFunctionValue(value: Value): boolean {
  switch (value.kind) {
    case 'function':
    case 'code-constructor':
      return true;
    case 'lost':
      return value.callable;
    case 'global':
      return isCallableGlobal(value.name);
    case 'global-member':
      return value.key !== 'prototype';
    default:
      return false;
  }
}

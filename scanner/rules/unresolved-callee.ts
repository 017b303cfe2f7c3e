/**
 * Where the analysis loses a value that may be dangerous, at a sink where it would matter: calling (or
 * constructing, or passing to `Reflect.apply`/`construct`, `.call`/`.apply`/`.bind`) a value read with an
 * unresolvable key from a function, a callable builtin, a function prototype or the global object
 * (`fn[k](s)`, `Math.max[k][j](s)`: `k` may be `constructor`); and calling the `.constructor` of an unknown
 * value, or the unknown result of a call, with a string that reads as code (`get(x)("return process")`).
 * The finding grades the uncertainty: the scanner cannot tell which function runs, and one of the
 * candidates generates code. Not a finding where the profile allows the Function constructor.
 */
import type { AnyNode } from 'acorn';
import { isCodeLike } from '../code-like.js';
import type { Rule, RuleContext } from '../rule.js';
import { asKey } from '../value.js';

/** Flags calls of lost values, and code-like strings passed to unknown constructors. */
export const unresolvedCalleeRule: Rule = {
  meta: {
    id: 'unresolved-callee',
    description:
      'Calls of values read with unresolvable keys from functions, builtins or the global object, and code-like ' +
      'strings passed to the constructor of an unknown value.',
    severity: 'high',
    profiles: (profile) => !profile.allowFunctionConstructor,
    falsePositives:
      '`fn[name](...)` dispatch on a function object or a builtin (`Array.prototype[m].call(...)` polyfills); ' +
      'a curried call given a string that reads as code.',
    falseNegatives:
      'Values lost through flows the resolver does not follow (returns of unattributed callbacks, `this`).',
    recommendation: 'Call functions by name; dispatch through your own object of handlers.',
  },
  check(ctx) {
    const invoked: Array<{ node: AnyNode; callee: AnyNode; args: readonly AnyNode[] }> = [];
    for (const node of ctx.index.nodesOfType('CallExpression'))
      invoked.push({ node, callee: node.callee, args: node.arguments });
    for (const node of ctx.index.nodesOfType('NewExpression'))
      invoked.push({ node, callee: node.callee, args: node.arguments });
    for (const node of ctx.index.nodesOfType('TaggedTemplateExpression'))
      invoked.push({ node, callee: node.tag, args: [] });
    let n = 0;
    for (const { node, callee, args } of invoked) {
      if (++n % 256 === 0) ctx.checkBudget();
      const target = effectiveCallee(ctx, callee);
      const value = ctx.values.resolve(target);
      if (value.kind === 'lost' && value.callable) {
        ctx.report(
          node,
          'calls a value read with an unresolvable key from a function, builtin or the global object',
        );
        continue;
      }
      const reflective = reflectiveTarget(ctx, node);
      if (reflective) {
        ctx.report(node, 'passes a value read with an unresolvable key to Reflect.apply/construct');
        continue;
      }
      const unknownCtor =
        (value.kind === 'function' && value.fromConstructor) ||
        value.kind === 'lost' ||
        (value.kind === 'unknown' && target.type === 'CallExpression');
      if (unknownCtor && args.some((arg) => codeLikeArgument(ctx, arg))) {
        ctx.report(node, 'calls an unidentified function (perhaps a constructor of Function) with code');
      }
    }
  },
};

/** `f.call(...)`, `f.apply(...)` and `f.bind(...)(...)` call `f`. */
function effectiveCallee(ctx: RuleContext, callee: AnyNode): AnyNode {
  let target = callee;
  for (let i = 0; i < 4; i++) {
    if (target.type === 'CallExpression' && target.callee.type === 'MemberExpression') {
      if (ctx.values.memberKey(target.callee) !== 'bind') break;
      target = target.callee.object;
    } else if (target.type === 'MemberExpression') {
      const key = ctx.values.memberKey(target);
      if (key !== 'call' && key !== 'apply') break;
      target = target.object;
    } else break;
  }
  return target;
}

function reflectiveTarget(ctx: RuleContext, node: AnyNode): boolean {
  if (node.type !== 'CallExpression') return false;
  const callee = ctx.values.resolve(node.callee);
  if (callee.kind !== 'global-member' || callee.root !== 'Reflect') return false;
  if (callee.key !== 'apply' && callee.key !== 'construct') return false;
  const first = node.arguments[0];
  if (!first) return false;
  const value = ctx.values.resolve(first);
  return value.kind === 'lost' && value.callable;
}

/** A string argument (or an array of them) that reads as code. */
function codeLikeArgument(ctx: RuleContext, arg: AnyNode): boolean {
  const value = ctx.values.resolve(arg.type === 'SpreadElement' ? arg.argument : arg);
  if (value.kind === 'array') return value.items.some((item) => isCodeLike(asKey(item) ?? ''));
  return value.kind === 'string' && isCodeLike(value.value);
}

/**
 * lodash gadgets, where the profile grants lodash: `_.invoke`, `_.get`, `_.result`, `_.property`,
 * `_.method` (and `invokeMap`, `set`, `update`, ...) walk property paths, so a path that reaches
 * `constructor`, `__proto__` or `prototype`, a path the scanner cannot resolve, or a walk that starts at the
 * global object, reaches Function or the globals without the snippet naming them. `_.template` compiles its
 * string with Function: a template that is not a constant, or one whose code names something dangerous,
 * is code generation. lodash is recognised as `require('lodash')` (or `lodash/...`) under any alias.
 */
import type { AnyNode } from 'acorn';
import { LODASH } from '../global-calls.js';
import type { Rule, RuleContext } from '../rule.js';
import { asKey, type Value } from '../value.js';

/** Path-walking methods and the index of their path argument. */
const PATH_METHODS = new Map([
  ['invoke', 1],
  ['get', 1],
  ['result', 1],
  ['has', 1],
  ['hasIn', 1],
  ['set', 1],
  ['setWith', 1],
  ['update', 1],
  ['updateWith', 1],
  ['unset', 1],
  ['invokeMap', 1],
  ['property', 0],
  ['method', 0],
  ['propertyOf', -1],
  ['methodOf', -1],
  ['at', 1],
]);
/** Segments that reach Function, a shared prototype, or lodash's own code generator (`_.invoke(_, 'template')`). */
const SENSITIVE_SEGMENTS = new Set(['constructor', '__proto__', 'prototype', 'template']);
const TEMPLATE_DANGER = /constructor|__proto__|process|globalThis|global|Function|eval|require|import|this/;

/** Flags lodash path walks that reach constructors or globals, and templates from unknown strings. */
export const lodashGadgetRule: Rule = {
  meta: {
    id: 'lodash-gadget',
    description:
      'lodash path walks (`_.invoke/get/result/property/method`) reaching constructor or globals, and ' +
      '`_.template` with strings that are not constant or name dangerous things.',
    severity: 'high',
    profiles: (profile) => profile.allowedModules.includes('lodash'),
    falsePositives: '`_.get(obj, path)` where `path` comes from data the snippet trusts.',
    falseNegatives:
      'lodash reached other than through `require` (for example passed in through a parameter).',
    recommendation: 'Walk your own objects with constant paths; render templates from constant strings.',
  },
  check(ctx) {
    checkLodashKeys(ctx);
    for (const node of ctx.index.nodesOfType('CallExpression')) {
      const callee = ctx.values.resolve(node.callee);
      if (callee.kind !== 'global-member' || callee.root !== LODASH) continue;
      if (callee.key === 'template') checkTemplate(ctx, node);
      else checkPathWalk(ctx, node, callee.key);
    }
  },
};

/**
 * `_[k]` with `k` unresolvable or `template`: lodash's own members reached by a computed key (`_[['temp',
 * 'late'].join('')]`) include the template compiler.
 */
function checkLodashKeys(ctx: RuleContext): void {
  for (const node of ctx.index.nodesOfType('MemberExpression')) {
    if (!node.computed) continue;
    const object = ctx.values.resolve(node.object);
    if (object.kind !== 'global' || object.name !== LODASH) continue;
    const key = ctx.values.memberKey(node);
    if (key === undefined) ctx.report(node, 'reads a lodash member with a key the scanner cannot resolve');
    else if (key === 'template') ctx.report(node, 'reads `_.template` with a computed key');
  }
}

function checkTemplate(ctx: RuleContext, node: AnyNode & { type: 'CallExpression' }): void {
  if (!ctx.profile.allowFunctionConstructor) {
    // The template compiler is the Function constructor: where Function is not granted, any template is
    // code generation, constant or not (the runtime's EvalError stops it).
    ctx.report(
      node,
      '`_.template` compiles its template with the Function constructor, which the profile forbids',
    );
    return;
  }
  const first = node.arguments[0];
  if (!first) return;
  const value = ctx.values.resolve(first);
  if (value.kind !== 'string') {
    ctx.report(node, '`_.template` compiles a string the scanner cannot resolve (templates are code)');
  } else if (/<%/.test(value.value) && TEMPLATE_DANGER.test(value.value)) {
    ctx.report(node, '`_.template` compiles code that reaches constructors or globals');
  }
}

function checkPathWalk(ctx: RuleContext, node: AnyNode & { type: 'CallExpression' }, method: string): void {
  const index = PATH_METHODS.get(method);
  if (index === undefined) return;
  if (index !== 0) {
    const target = node.arguments[0];
    if (target && ctx.values.resolve(target).kind === 'global-object') {
      ctx.report(node, `\`_.${method}\` walks a path from the global object`);
      return;
    }
  }
  if (index < 0) return;
  const path = node.arguments[index];
  if (!path) return;
  const segments = pathSegments(ctx.values.resolve(path));
  if (segments === undefined) {
    ctx.report(node, `\`_.${method}\` walks a path the scanner cannot resolve`);
  } else if (segments.some((s) => SENSITIVE_SEGMENTS.has(s))) {
    ctx.report(node, `\`_.${method}\` walks a path through \`constructor\`/\`__proto__\`/\`prototype\``);
  }
}

/** The segments of a lodash path (`'a.b[0]'` or `['a', 'b']`), or undefined when not constant. */
function pathSegments(value: Value): string[] | undefined {
  if (value.kind === 'array') {
    // Each element is a key, but lodash also splits a dotted element (`_.at(o, ['f.constructor'])`).
    const keys = value.items.map(asKey);
    if (!keys.every((k) => k !== undefined)) return undefined;
    return (keys as string[]).flatMap((k) => k.split(/[.[\]'"]+/).filter(Boolean));
  }
  const key = asKey(value);
  if (key === undefined) return undefined;
  return key.split(/[.[\]'"]+/).filter(Boolean);
}

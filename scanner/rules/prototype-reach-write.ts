/**
 * Writes into an object reached through `.prototype`, `__proto__` or `getPrototypeOf` of a value the snippet
 * did not provably make (see `prototype-reach.ts`): `input.constructor.prototype.x = 1`,
 * `Object.getPrototypeOf(new Map()).x = 1`, `re.constructor.prototype.x ??= 1`, and the reflective and
 * accessor forms (`Object.assign`, `Object.defineProperty`, `Reflect.set`, `__defineGetter__`,
 * `__defineSetter__`, lodash's `_.set`/`_.assign`/`_.defaults`/`_.merge`). Such a write may land on a shared
 * builtin prototype, which the scanner cannot rule out: the finding grades that uncertainty. The runtime gives
 * every execution fresh builtins, so a pollution stays inside the execution that made it.
 */
import type { AnyNode } from 'acorn';
import { LODASH } from '../global-calls.js';
import { patternWriteTargets } from '../pattern-targets.js';
import { prototypeReach, reachesOnlyParameterPrototype } from '../prototype-reach.js';
import type { Rule, RuleContext } from '../rule.js';

const REFLECTIVE = new Set([
  'Object.defineProperty',
  'Object.defineProperties',
  'Object.assign',
  'Object.setPrototypeOf',
  'Reflect.defineProperty',
  'Reflect.set',
  'Reflect.setPrototypeOf',
  'Reflect.deleteProperty',
]);
const LODASH_WRITERS = new Set([
  'set',
  'setWith',
  'update',
  'updateWith',
  'assign',
  'assignIn',
  'assignWith',
  'assignInWith',
  'extend',
  'extendWith',
  'defaults',
  'defaultsDeep',
  'merge',
  'mergeWith',
  'unset',
]);
const ACCESSOR_WRITERS = new Set(['__defineGetter__', '__defineSetter__']);

/** Flags writes into objects that may be shared builtin prototypes. */
export const prototypeReachWriteRule: Rule = {
  meta: {
    id: 'prototype-reach-write',
    description:
      'Writes into an object reached through `.prototype`, `__proto__` or `getPrototypeOf` of a value the ' +
      'snippet did not define (`input.constructor.prototype.x = 1`).',
    severity: 'high',
    profiles: 'all',
    falsePositives:
      'Inheritance helpers writing `ctor.prototype.x` for a constructor received as a parameter; mixins ' +
      'assigned onto `Object.getPrototypeOf(this)`.',
    falseNegatives:
      'Prototypes stored in containers or returned from functions before the write (`box[0].x = 1`). The ' +
      'runtime gives each execution fresh builtins.',
    recommendation:
      'Keep helpers in your own objects; extend only prototypes of classes the snippet defines.',
  },
  check(ctx) {
    for (const node of ctx.index.nodesOfType('AssignmentExpression')) checkTarget(ctx, node.left, node);
    for (const [target, at] of patternWriteTargets(ctx.index)) checkTarget(ctx, target, at);
    for (const node of ctx.index.nodesOfType('UpdateExpression')) checkTarget(ctx, node.argument, node);
    for (const node of ctx.index.nodesOfType('UnaryExpression')) {
      if (node.operator === 'delete') checkTarget(ctx, node.argument, node);
    }
    for (const node of ctx.index.nodesOfType('CallExpression')) checkCall(ctx, node);
  },
};

function checkTarget(ctx: RuleContext, target: AnyNode, at: AnyNode): void {
  if (target.type !== 'MemberExpression') return;
  const reach = prototypeReach(ctx, target.object);
  if (!reach) return;
  const value = at.type === 'AssignmentExpression' && at.operator === '=' ? at.right : undefined;
  if (value && isMethods(ctx, value, 0) && reachesOnlyParameterPrototype(ctx, target.object)) {
    ctx.report(at, MIXIN, 'low');
    return;
  }
  ctx.report(at, `writes into an object reached through ${reach}, which may be a builtin prototype`);
}

const MIXIN =
  'defines methods on `.prototype` of a constructor received as a parameter (the mixin shape; a builtin ' +
  'passed in would be changed for this execution)';

/**
 * Whether a written value is methods only: a function literal, or an object literal (through a name bound
 * once) whose values are function literals or such objects (property descriptors with `get`/`value`).
 */
function isMethods(ctx: RuleContext, node: AnyNode, depth: number): boolean {
  if (depth > 3) return false;
  if (
    node.type === 'FunctionExpression' ||
    node.type === 'ArrowFunctionExpression' ||
    node.type === 'ClassExpression'
  )
    return true;
  if (node.type === 'Identifier') {
    const sources = ctx.index.bindingOf(node)?.sources ?? [];
    const only = sources.length === 1 ? sources[0] : undefined;
    if (only?.kind === 'declaration' && only.node.type === 'FunctionDeclaration') return true;
    return only?.kind === 'expression' && only.path.length === 0 && isMethods(ctx, only.node, depth + 1);
  }
  if (node.type !== 'ObjectExpression' || node.properties.length === 0) return false;
  return node.properties.every(
    (p) =>
      p.type === 'Property' &&
      (p.kind !== 'init' || p.method || isMethods(ctx, p.value, depth + 1) || isDescriptorFlag(p.value)),
  );
}

/** `configurable: false`, `enumerable: true`: the flags of a property descriptor. */
function isDescriptorFlag(node: AnyNode): boolean {
  return node.type === 'Literal' && typeof node.value === 'boolean';
}

function checkCall(ctx: RuleContext, node: AnyNode & { type: 'CallExpression' }): void {
  const callee = node.callee;
  // `P.__defineGetter__('x', f)` with P reached through a prototype.
  if (callee.type === 'MemberExpression' && ACCESSOR_WRITERS.has(ctx.values.memberKey(callee) ?? '')) {
    const reach = prototypeReach(ctx, callee.object);
    if (reach) ctx.report(node, `defines an accessor on an object reached through ${reach}`);
    return;
  }
  const first = node.arguments[0];
  if (!first || first.type === 'SpreadElement') return;
  const value = ctx.values.resolve(callee);
  if (value.kind !== 'global-member') return;
  const name = `${value.root}.${value.key}`;
  const writer = REFLECTIVE.has(name)
    ? name
    : value.root === LODASH && LODASH_WRITERS.has(value.key)
      ? `_.${value.key}`
      : undefined;
  if (!writer) return;
  const reach = prototypeReach(ctx, first);
  if (!reach) return;
  const source = node.arguments[1];
  if (
    (writer === 'Object.defineProperties' || writer === 'Object.assign') &&
    node.arguments.length === 2 &&
    source &&
    source.type !== 'SpreadElement' &&
    isMethods(ctx, source, 0) &&
    reachesOnlyParameterPrototype(ctx, first)
  ) {
    ctx.report(node, MIXIN, 'low');
    return;
  }
  ctx.report(node, `${writer} on an object reached through ${reach}, which may be a builtin prototype`);
}

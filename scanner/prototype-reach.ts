/**
 * Which expressions may denote a shared prototype: an object reached through `.prototype`, `__proto__` or
 * `Object.getPrototypeOf`/`Reflect.getPrototypeOf` of a value the snippet did not provably make itself
 * (`input.constructor.prototype`, `Object.getPrototypeOf(new Map())`, `re.constructor.prototype`,
 * `Iterator.prototype`), followed through `const`/`let` aliases, aliases of `getPrototypeOf` and the values a
 * local generator yields to a `for...of`. `Foo.prototype` of a function or class the snippet declares is its
 * own and not a reach. Flow-insensitive, like the resolver: a binding reaches when any of its sources does.
 */
import type { AnyNode } from 'acorn';
import type { ProgramIndex } from './program-index.js';
import type { ValueResolver } from './value-resolver.js';

const PROTOTYPE_GETTERS = new Set(['Object.getPrototypeOf', 'Reflect.getPrototypeOf']);
const MAX_DEPTH = 8;

/** What the reach analysis reads. */
export interface ReachContext {
  readonly index: ProgramIndex;
  readonly values: ValueResolver;
}

/** How an expression reaches a prototype, for the message, or `undefined` when it does not. */
export function prototypeReach(ctx: ReachContext, node: AnyNode, depth = 0): string | undefined {
  if (depth > MAX_DEPTH) return undefined;
  switch (node.type) {
    case 'ParenthesizedExpression':
      return prototypeReach(ctx, node.expression, depth + 1);
    case 'SequenceExpression':
      return prototypeReach(ctx, node.expressions[node.expressions.length - 1] as AnyNode, depth + 1);
    case 'ConditionalExpression':
      return (
        prototypeReach(ctx, node.consequent, depth + 1) ?? prototypeReach(ctx, node.alternate, depth + 1)
      );
    case 'LogicalExpression':
      return prototypeReach(ctx, node.left, depth + 1) ?? prototypeReach(ctx, node.right, depth + 1);
    case 'MemberExpression': {
      const key = ctx.values.memberKey(node);
      if (key === '__proto__') return '`__proto__`';
      if (key === 'prototype' && !isOwnFunction(ctx, node.object) && !isParameterOfOwnCalls(ctx, node.object))
        return '`.prototype` of a value it did not define';
      return undefined;
    }
    case 'CallExpression':
      return isPrototypeGetter(ctx, node.callee) ? '`getPrototypeOf`' : undefined;
    case 'Identifier':
      return bindingReach(ctx, node, depth);
    default:
      return undefined;
  }
}

/** Whether a callee is `Object.getPrototypeOf`/`Reflect.getPrototypeOf` under any alias. */
export function isPrototypeGetter(ctx: ReachContext, callee: AnyNode): boolean {
  const value = ctx.values.resolve(callee);
  return value.kind === 'global-member' && PROTOTYPE_GETTERS.has(`${value.root}.${value.key}`);
}

function bindingReach(
  ctx: ReachContext,
  id: AnyNode & { type: 'Identifier' },
  depth: number,
): string | undefined {
  const binding = ctx.index.bindingOf(id);
  if (!binding) return undefined;
  for (const source of binding.sources) {
    if (source.kind === 'expression' && source.path.length === 0) {
      const reach = prototypeReach(ctx, source.node, depth + 1);
      if (reach) return reach;
    } else if (source.kind === 'element') {
      const reach = yieldedReach(ctx, source.node, depth);
      if (reach) return reach;
    }
  }
  return undefined;
}

/** `for (const p of gen())` where the snippet's generator `gen` yields a prototype. */
function yieldedReach(ctx: ReachContext, iterable: AnyNode, depth: number): string | undefined {
  if (iterable.type !== 'CallExpression' || iterable.callee.type !== 'Identifier') return undefined;
  const binding = ctx.index.bindingOf(iterable.callee);
  for (const source of binding?.sources ?? []) {
    const fn = source.kind === 'opaque' ? undefined : source.node;
    if (!fn || (fn.type !== 'FunctionDeclaration' && fn.type !== 'FunctionExpression') || !fn.generator)
      continue;
    for (const y of ctx.index.nodesOfType('YieldExpression')) {
      if (y.argument && y.start >= fn.start && y.end <= fn.end) {
        const reach = prototypeReach(ctx, y.argument, depth + 1);
        if (reach) return reach;
      }
    }
  }
  return undefined;
}

/** Whether an expression is a function or class the snippet itself declares (its `.prototype` is its own). */
function isOwnFunction(ctx: ReachContext, node: AnyNode): boolean {
  if (
    node.type === 'FunctionExpression' ||
    node.type === 'ClassExpression' ||
    node.type === 'ArrowFunctionExpression'
  )
    return true;
  if (node.type !== 'Identifier') return false;
  const binding = ctx.index.bindingOf(node);
  if (!binding || binding.sources.length === 0) return false;
  return binding.sources.every((source) => {
    if (source.kind === 'declaration') {
      const t = source.node.type;
      return t === 'FunctionDeclaration' || t === 'ClassDeclaration';
    }
    if (source.kind === 'expression' && source.path.length === 0) {
      const t = source.node.type;
      return t === 'FunctionExpression' || t === 'ClassExpression' || t === 'ArrowFunctionExpression';
    }
    return false;
  });
}

type FunctionNode = AnyNode & {
  type: 'FunctionDeclaration' | 'FunctionExpression' | 'ArrowFunctionExpression';
};

/**
 * A parameter of a function that only the snippet's own visible calls invoke, each passing a function or
 * class the snippet defines (`function inherit(C) { C.prototype.x = 1 } inherit(Mine)`), or none at all (a
 * helper declared and not called). The resolver binds the arguments of such calls, so a builtin passed in
 * (`inherit(Array)`) is `Array.prototype` to the prototype-write rule. A function handed to a flow the
 * resolver does not follow (a callback, a container, an assignment) may receive anything, and is a reach.
 */
function isParameterOfOwnCalls(ctx: ReachContext, node: AnyNode): boolean {
  if (node.type !== 'Identifier') return false;
  const binding = ctx.index.bindingOf(node);
  if (!binding) return false;
  const fn = declaringFunction(ctx, node, binding);
  if (!fn) return false;
  for (const source of binding.sources) {
    if (source.kind !== 'expression' || source.path.length > 0) return false;
    // `object = this` (lodash's `mixin`): the receiver of a function that only visible calls invoke.
    if (source.node.type !== 'ThisExpression' && !isOwnFunction(ctx, source.node)) return false;
  }
  return !functionEscapes(ctx, fn);
}

/** The function whose parameter list declares the binding a reference resolves to. */
function declaringFunction(ctx: ReachContext, ref: AnyNode, binding: object): FunctionNode | undefined {
  for (let at = ctx.index.parentOf(ref); at; at = ctx.index.parentOf(at)) {
    if (
      at.type !== 'FunctionDeclaration' &&
      at.type !== 'FunctionExpression' &&
      at.type !== 'ArrowFunctionExpression'
    )
      continue;
    for (const param of at.params) {
      const id = param.type === 'AssignmentPattern' ? param.left : param;
      if (id.type === 'Identifier' && ctx.index.bindingOfDeclared(id) === binding) return at;
    }
  }
  return undefined;
}

/** Whether a function may be called by code the resolver does not see: it is used other than by name calls. */
const ESCAPES = new WeakMap<AnyNode, boolean>();

function functionEscapes(ctx: ReachContext, fn: FunctionNode): boolean {
  let known = ESCAPES.get(fn);
  if (known === undefined) {
    known = computeFunctionEscapes(ctx, fn);
    ESCAPES.set(fn, known);
  }
  return known;
}

function computeFunctionEscapes(ctx: ReachContext, fn: FunctionNode): boolean {
  let name: AnyNode | undefined;
  if (fn.type === 'FunctionDeclaration') name = fn.id ?? undefined;
  else {
    const parent = ctx.index.parentOf(fn);
    if (parent?.type === 'CallExpression' && parent.callee === fn) return false;
    if (parent?.type === 'VariableDeclarator' && parent.init === fn && parent.id.type === 'Identifier')
      name = parent.id;
    else return true;
  }
  if (name?.type !== 'Identifier') return true;
  const binding = ctx.index.bindingOfDeclared(name);
  for (const ref of ctx.index.references) {
    if (ref.name !== name.name || ctx.index.bindingOf(ref) !== binding) continue;
    const parent = ctx.index.parentOf(ref);
    if (parent?.type === 'CallExpression' && parent.callee === ref) continue;
    if (parent?.type === 'UnaryExpression' && parent.operator === 'typeof') continue;
    return true;
  }
  return false;
}

/**
 * Whether every way `node` reaches a prototype is `.prototype` of a parameter (`function (C) {
 * C.prototype.m = ... }`, or a name given `C.prototype`): the mixin and inheritance-helper shape, as opposed
 * to `getPrototypeOf`, `__proto__` or `.constructor.prototype` of a value.
 */
export function reachesOnlyParameterPrototype(ctx: ReachContext, node: AnyNode, depth = 0): boolean {
  if (depth > MAX_DEPTH) return false;
  if (node.type === 'MemberExpression') {
    if (ctx.values.memberKey(node) !== 'prototype' || node.object.type !== 'Identifier') return false;
    return isFromCaller(ctx, node.object);
  }
  if (node.type !== 'Identifier') return false;
  const binding = ctx.index.bindingOf(node);
  if (!binding) return false;
  let reaching = 0;
  for (const source of binding.sources) {
    if (source.kind === 'opaque') continue;
    if (!prototypeReach(ctx, source.node, depth + 1)) continue;
    if (source.kind !== 'expression' || source.path.length > 0) return false;
    if (!reachesOnlyParameterPrototype(ctx, source.node, depth + 1)) return false;
    reaching++;
  }
  return reaching > 0;
}

/**
 * A name the caller supplies: a parameter, or a local whose every source is `arguments[i]`, a parameter or
 * a function literal of the snippet (`var C = arguments[0]; if (!C) C = function () {}`).
 */
function isFromCaller(ctx: ReachContext, id: AnyNode & { type: 'Identifier' }): boolean {
  const binding = ctx.index.bindingOf(id);
  if (!binding) return false;
  if (declaringFunction(ctx, id, binding)) return true;
  let fromCaller = false;
  for (const source of binding.sources) {
    if (source.kind === 'opaque') continue;
    if (source.kind !== 'expression' || source.path.length > 0) return false;
    const n = source.node;
    if (n.type === 'FunctionExpression' || n.type === 'ArrowFunctionExpression') continue;
    if (n.type === 'MemberExpression' && n.object.type === 'Identifier' && n.object.name === 'arguments') {
      fromCaller = !ctx.index.bindingOf(n.object);
      if (!fromCaller) return false;
      continue;
    }
    if (n.type === 'Identifier' && n !== id && ctx.index.bindingOf(n) && isParameter(ctx, n)) {
      fromCaller = true;
      continue;
    }
    return false;
  }
  return fromCaller;
}

function isParameter(ctx: ReachContext, id: AnyNode & { type: 'Identifier' }): boolean {
  const binding = ctx.index.bindingOf(id);
  return binding !== undefined && declaringFunction(ctx, id, binding) !== undefined;
}

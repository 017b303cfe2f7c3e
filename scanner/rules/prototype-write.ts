/**
 * Tampering with builtins: writes (assignment, update, `delete`) to a builtin prototype (`Array.prototype.map =`,
 * `Object.prototype.then =`), to a builtin's statics (`JSON.parse =`), through `__proto__` or
 * `Object.getPrototypeOf(x)`, and the reflective forms (`Object.defineProperty(Array.prototype, 0, ...)`,
 * `Object.setPrototypeOf`, `Object.assign`, `Reflect.set`). Freezing a builtin (`Object.freeze(Array.prototype)`)
 * and writes to the global object are `medium`. The runtime gives each execution pristine builtins, so this is
 * about intent and about attacks on the bridge within one execution.
 */
import type { AnyNode } from 'acorn';
import { patternWriteTargets } from '../pattern-targets.js';
import type { Rule, RuleContext } from '../rule.js';
import type { Binding } from '../scope.js';
import type { Severity } from '../types.js';
import type { Value } from '../value.js';

const REFLECTIVE_WRITES = new Set([
  'Object.defineProperty',
  'Object.defineProperties',
  'Object.assign',
  'Object.setPrototypeOf',
  'Reflect.defineProperty',
  'Reflect.set',
  'Reflect.setPrototypeOf',
  'Reflect.deleteProperty',
]);
const FREEZERS = new Set([
  'Object.freeze',
  'Object.seal',
  'Object.preventExtensions',
  'Reflect.preventExtensions',
]);
const ACCESSOR_DEFINERS = new Set(['__defineGetter__', '__defineSetter__']);
const PROTOTYPE_GETTERS = new Set(['Object.getPrototypeOf', 'Reflect.getPrototypeOf']);

/** Flags writes to builtin prototypes, statics and the global object. */
export const prototypeWriteRule: Rule = {
  meta: {
    id: 'prototype-write',
    description: 'Writes to builtin prototypes and statics, __proto__ writes, and reflective tampering.',
    severity: 'high',
    profiles: 'all',
    falsePositives:
      'Polyfills (`Array.prototype.at ??= ...`); writes to the global object (medium); two-level writes keyed ' +
      'by data (`groups[row.type][row.id] = row`).',
    falseNegatives:
      'Prototypes reached through functions the resolver cannot attribute (`const p = get(); p.x = 1` with ' +
      '`get` unknown). `o[a][b] = v` with unresolvable `a` is reported (the pollution shape), unless `a` is an ' +
      'index. The runtime resets builtins per execution.',
    recommendation: 'Keep helpers in your own objects instead of extending builtins.',
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
  const key = ctx.values.memberKey(target);
  if (key === '__proto__') {
    // Replacing the prototype of a builtin (or of a value the analysis lost) rewires every object that
    // inherits from it; replacing that of the snippet's own object (`d.__proto__ = b`, transpiled class
    // inheritance) changes that object alone.
    ctx.report(at, 'writes `__proto__`', mayBeShared(ctx.values.resolve(target.object)) ? 'high' : 'medium');
    return;
  }
  const what = describeTarget(ctx, target.object);
  if (what) {
    ctx.report(at, `writes to ${what.label}`, what.severity);
    return;
  }
  if (at.type === 'AssignmentExpression' && isPollutionShape(ctx, target)) {
    ctx.report(
      at,
      'writes through an unresolvable key of an unresolvable key (`o[a][b] = v`: a may be `__proto__`)',
      pollutionSeverity(ctx, target),
    );
  }
}

/** Whether a value may be shared by other objects: a builtin, a prototype, the global object, a lost value. */
function mayBeShared(value: Value): boolean {
  return builtinLabel(value) !== undefined || value.kind === 'global-object' || value.kind === 'lost';
}

/**
 * `o[a][b] = v` is the pollution shape when `o` is an object of the snippet's own (where `o[a]` can only be
 * inherited, `__proto__` or `constructor`, unless the snippet stored it) or when a key comes from `input`;
 * on a value the analysis does not know, keyed by the snippet's own data (`result[type.kind][type.tag]`,
 * `graph[name].distance`), it is a lookup table being filled: medium.
 */
function pollutionSeverity(ctx: RuleContext, target: AnyNode & { type: 'MemberExpression' }): Severity {
  const inner = innerMember(ctx, target) as AnyNode & { type: 'MemberExpression' };
  // Through a name (`merge(t[k], s[k])` then `t[k] = v`), a recursive merge: every deep-merge helper has this
  // shape, so it is high only when its keys come from `input`.
  if (inner !== target.object) {
    const fromInput = keysFromOutside(ctx, inner.property, 0) || keysFromOutside(ctx, target.property, 0);
    return fromInput ? 'high' : 'medium';
  }
  if (mayBeOwnObject(ctx, inner.object)) return 'high';
  if (keysFromOutside(ctx, inner.property, 0)) return 'high';
  return target.computed && keysFromOutside(ctx, target.property, 0) ? 'high' : 'medium';
}

/** Whether `node` may hold an object the snippet made (any of a name's sources will do). */
function mayBeOwnObject(ctx: RuleContext, node: AnyNode): boolean {
  if (isOwnObject(ctx.values.resolve(node))) return true;
  if (node.type !== 'Identifier') return false;
  return (ctx.index.bindingOf(node)?.sources ?? []).some(
    (s) => s.kind === 'expression' && s.path.length === 0 && isOwnObject(ctx.values.resolve(s.node)),
  );
}

/** Whether a `for...in` loop assigns the binding `binding` (declared in its head, or named there). */
function loopBinds(ctx: RuleContext, loop: AnyNode & { type: 'ForInStatement' }, binding: Binding): boolean {
  const left = loop.left;
  const id = left.type === 'VariableDeclaration' ? left.declarations[0]?.id : left;
  if (id?.type !== 'Identifier') return false;
  return (ctx.index.bindingOfDeclared(id) ?? ctx.index.bindingOf(id)) === binding;
}

/** An object the snippet made: a literal, an `Object.create`, or a binding that may hold one. */
function isOwnObject(value: Value): boolean {
  if (value.kind !== 'object') return false;
  return (
    value.node !== undefined ||
    value.proto !== undefined ||
    (value.base !== undefined && isOwnObject(value.base))
  );
}

const PROTOTYPE_WORDS = /__proto__|constructor|prototype/;

/**
 * Whether keys may come from outside the code, or name a prototype: derived from `input` (the request's
 * data) or from text that names `__proto__`/`constructor`/`prototype`, following local bindings and
 * `for...in` loops.
 */
function keysFromOutside(ctx: RuleContext, node: AnyNode, depth: number): boolean {
  if (depth > MAX_KEY_DEPTH) {
    outsideCut = true;
    return false;
  }
  // Memoized per binding for names and per node otherwise (a name being examined reads as false), so a name
  // with N sources costs O(N) in all; an answer cut short by the depth bound is not memoized.
  let memo = OUTSIDE.get(ctx);
  if (!memo) {
    memo = new Map();
    OUTSIDE.set(ctx, memo);
  }
  const key: object = (node.type === 'Identifier' && ctx.index.bindingOf(node)) || node;
  const known = memo.get(key);
  if (known !== undefined) return known;
  memo.set(key, false);
  const outerCut = outsideCut;
  outsideCut = false;
  const result = keysFromOutsideOnce(ctx, node, depth);
  if (outsideCut && !result) memo.delete(key);
  else memo.set(key, result);
  outsideCut ||= outerCut;
  return result;
}

const MAX_KEY_DEPTH = 32;
/** Set when an answer was cut short by {@link MAX_KEY_DEPTH} (the walk is synchronous and single-threaded). */
let outsideCut = false;
const OUTSIDE = new WeakMap<RuleContext, Map<object, boolean>>();

function keysFromOutsideOnce(ctx: RuleContext, node: AnyNode, depth: number): boolean {
  // Text that names a prototype (`JSON.parse('{"__proto__": ...}')`, `'__pro' + 'to__'`) is as good as input.
  const value = ctx.values.resolve(node);
  if (value.kind === 'string' && PROTOTYPE_WORDS.test(value.value)) return true;
  switch (node.type) {
    case 'Identifier': {
      const binding = ctx.index.bindingOf(node);
      if (!binding) return node.name === 'input';
      if (binding.sources.some((s) => s.kind !== 'opaque' && keysFromOutside(ctx, s.node, depth + 1)))
        return true;
      // `for (k in src)`: the keys of `src`.
      return ctx.index
        .nodesOfType('ForInStatement')
        .some((loop) => loopBinds(ctx, loop, binding) && keysFromOutside(ctx, loop.right, depth + 1));
    }
    case 'MemberExpression':
      return (
        keysFromOutside(ctx, node.object, depth + 1) ||
        (node.computed && keysFromOutside(ctx, node.property, depth + 1))
      );
    case 'BinaryExpression':
      return (
        keysFromOutside(ctx, node.left as AnyNode, depth + 1) || keysFromOutside(ctx, node.right, depth + 1)
      );
    case 'TemplateLiteral':
      return node.expressions.some((e) => keysFromOutside(ctx, e, depth + 1));
    case 'LogicalExpression':
      return keysFromOutside(ctx, node.left, depth + 1) || keysFromOutside(ctx, node.right, depth + 1);
    case 'ConditionalExpression':
      return (
        keysFromOutside(ctx, node.consequent, depth + 1) || keysFromOutside(ctx, node.alternate, depth + 1)
      );
    case 'CallExpression':
      return (
        keysFromOutside(ctx, node.callee, depth + 1) ||
        node.arguments.some((a) => keysFromOutside(ctx, a, depth + 1))
      );
    case 'ArrayExpression':
      return node.elements.some((e) => e !== null && keysFromOutside(ctx, e, depth + 1));
    case 'SpreadElement':
      return keysFromOutside(ctx, node.argument, depth + 1);
    default:
      return false;
  }
}

/**
 * `o[a][b] = v` where `a` cannot be resolved and is not an index: `a` may be `__proto__` or `constructor`,
 * and the write then lands on a shared prototype. Loop counters and arithmetic (`grid[i][j]`) are indexes.
 */
function isPollutionShape(ctx: RuleContext, target: AnyNode & { type: 'MemberExpression' }): boolean {
  const inner = innerMember(ctx, target);
  if (inner?.type !== 'MemberExpression' || !inner.computed) return false;
  if (ctx.values.memberKey(inner) !== undefined) return false;
  if (isIndexLike(ctx, inner.property)) return false;
  // `t[k] ??= {}; t[k][j] = v`: the snippet made `t[k]` its own object first.
  // (A merge's own `t[k] = s[k]` does not initialise the `t[k]` its recursive call was given.)
  const innerText = ctx.text.slice(inner.start, inner.end);
  if (innerText !== ctx.text.slice(target.start, target.end) && initializedTargets(ctx).has(innerText))
    return false;
  return !(
    target.computed &&
    ctx.values.memberKey(target) === undefined &&
    isIndexLike(ctx, target.property)
  );
}

/**
 * The `o[a]` that `target` writes through: its object, or, for `t[k] = v` with `t` a name, an `o[a]` the
 * name was bound to (`const t = o[a]`; a parameter given `o[a]` by a call, as a recursive merge does with
 * `merge(dst[k], src[k])`).
 */
function innerMember(ctx: RuleContext, target: AnyNode & { type: 'MemberExpression' }): AnyNode | undefined {
  const object = target.object;
  if (object.type !== 'Identifier') return object;
  if (!target.computed || ctx.values.memberKey(target) !== undefined) return undefined;
  const binding = ctx.index.bindingOf(object);
  for (const source of binding?.sources ?? []) {
    if (source.kind !== 'expression' || source.path.length > 0) continue;
    const node = source.node;
    if (node.type === 'MemberExpression' && node.computed && ctx.values.memberKey(node) === undefined)
      return node;
  }
  return undefined;
}

const INITIALIZED = new WeakMap<RuleContext, Set<string>>();

/** The source text of every computed member the snippet assigns to (`t[k] = ...`, `t[k] ??= ...`). */
function initializedTargets(ctx: RuleContext): Set<string> {
  let set = INITIALIZED.get(ctx);
  if (!set) {
    set = new Set();
    for (const node of ctx.index.nodesOfType('AssignmentExpression')) {
      if (node.left.type === 'MemberExpression' && node.left.computed)
        set.add(ctx.text.slice(node.left.start, node.left.end));
    }
    INITIALIZED.set(ctx, set);
  }
  return set;
}

const ARITHMETIC = new Set(['-', '*', '/', '%', '**', '|', '&', '^', '<<', '>>', '>>>']);

/** Whether a key expression is a number: a numeric value, arithmetic, `x.length`, or a counter variable. */
export function isIndexLike(ctx: RuleContext, node: AnyNode): boolean {
  if (ctx.values.resolve(node).kind === 'number') return true;
  switch (node.type) {
    case 'UpdateExpression':
      return true;
    case 'UnaryExpression':
      return node.operator === '-' || node.operator === '+' || node.operator === '~';
    case 'BinaryExpression':
      return (
        ARITHMETIC.has(node.operator) || (node.operator === '+' && isIndexLike(ctx, node.left as AnyNode))
      );
    case 'MemberExpression':
      return ctx.values.memberKey(node) === 'length';
    case 'Identifier': {
      const binding = ctx.index.bindingOf(node);
      return (
        binding?.sources.some(
          (s) =>
            s.kind === 'expression' && s.path.length === 0 && ctx.values.resolve(s.node).kind === 'number',
        ) ?? false
      );
    }
    default:
      return false;
  }
}

/** Names the builtin an object expression denotes, or `undefined` for user objects. */
function describeTarget(
  ctx: RuleContext,
  object: AnyNode,
): { label: string; severity: Severity } | undefined {
  const value = ctx.values.resolve(object);
  const label = builtinLabel(value);
  if (label) return { label, severity: 'high' };
  if (value.kind === 'global-object') return { label: 'the global object', severity: 'medium' };
  if (object.type === 'MemberExpression' && ctx.values.memberKey(object) === '__proto__') {
    return { label: 'an object reached through `__proto__`', severity: 'high' };
  }
  if (object.type === 'CallExpression') {
    const callee = ctx.values.resolve(object.callee);
    if (callee.kind === 'global-member' && PROTOTYPE_GETTERS.has(`${callee.root}.${callee.key}`)) {
      return { label: 'a prototype obtained with getPrototypeOf', severity: 'high' };
    }
  }
  return undefined;
}

function builtinLabel(value: Value): string | undefined {
  switch (value.kind) {
    case 'global-member':
      return value.key === 'prototype' ? `the builtin prototype ${value.root}.prototype` : undefined;
    case 'function-prototype':
    case 'code-constructor':
      return 'a builtin function prototype';
    case 'global':
      // Builtins are capitalized (Array, JSON, Math, Reflect); `input` and `console` are the snippet's own.
      return /^[A-Z]/.test(value.name) ? `the builtin ${value.name}` : undefined;
    default:
      return undefined;
  }
}

function checkCall(ctx: RuleContext, node: AnyNode & { type: 'CallExpression' }): void {
  if (
    node.callee.type === 'MemberExpression' &&
    ACCESSOR_DEFINERS.has(ctx.values.memberKey(node.callee) ?? '')
  ) {
    // `Array.prototype.__defineGetter__(k, fn)` is `Object.defineProperty` spelled the legacy way.
    const what = describeTarget(ctx, node.callee.object);
    if (what) ctx.report(node, `defines an accessor on ${what.label}`, what.severity);
    return;
  }
  const callee = ctx.values.resolve(node.callee);
  if (callee.kind !== 'global-member') return;
  const name = `${callee.root}.${callee.key}`;
  const first = node.arguments[0];
  if (!first || (!REFLECTIVE_WRITES.has(name) && !FREEZERS.has(name))) return;
  const what = describeTarget(ctx, first);
  if (!what) return;
  const severity: Severity = FREEZERS.has(name) ? 'medium' : what.severity;
  ctx.report(node, `${name} on ${what.label}`, severity);
}

/**
 * lodash gadgets, where the profile grants lodash: `_.invoke`, `_.get`, `_.result`, `_.property`,
 * `_.method` (and `invokeMap`, `set`, `update`, ...) walk property paths, so a path that reaches
 * `constructor`, `__proto__` or `prototype`, a path the scanner cannot resolve, or a walk that starts at the
 * global object, reaches Function or the globals without the snippet naming them. `_.template` compiles its
 * string with Function: a template that is not a constant, or one whose code names something dangerous,
 * is code generation. lodash is recognised as `require('lodash')` (or `lodash/...`) under any alias.
 */
import type { AnyNode } from 'acorn';
import { ERROR_SUBCLASSES } from '../builtin-values.js';
import { LODASH } from '../global-calls.js';
import { CHAIN_EXITS, FORBIDDEN_NAMES, LODASH_API } from '../lodash-api.js';
import type { Rule, RuleContext } from '../rule.js';
import { asKey, describeValue, isCodeConstructor, UNKNOWN, type Value } from '../value.js';

/** Segments that reach Function, a shared prototype, or lodash's own code generator (`_.invoke(_, 'template')`). */
const SENSITIVE_SEGMENTS = new Set(['constructor', '__proto__', 'prototype', 'template']);
const TEMPLATE_DANGER = /constructor|__proto__|process|globalThis|global|Function|eval|require|import|this/;
const HOST_NAMES = new Set(['process', 'require', 'module', 'Buffer', 'ShadowRealm', 'eval']);
const STACK_HOOKS = new Set(['prepareStackTrace', 'captureStackTrace', 'stackTraceLimit']);

type Call = AnyNode & { type: 'CallExpression' };

/** Flags lodash path walks that reach constructors or globals, and templates from unknown strings. */
export const lodashGadgetRule: Rule = {
  meta: {
    id: 'lodash-gadget',
    description:
      'lodash calls that reach by a string name or path what the profile forbids (eval, Function, ' +
      '`process`, `require`, stack-trace hooks, the global object, constructors and prototypes), whether ' +
      'called directly, through a chain (`_(x).invoke(...)`) or `_.partial`; `_.template` with strings that ' +
      'are not constant or name dangerous things, or handed on as a value where Function is forbidden.',
    severity: 'high',
    profiles: (profile) => profile.allowedModules.includes('lodash'),
    falsePositives: '`_.get(obj, path)` where `path` comes from data the snippet trusts.',
    falseNegatives:
      'lodash reached other than through `require` (for example passed in through a parameter).',
    recommendation: 'Walk your own objects with constant paths; render templates from constant strings.',
  },
  check(ctx) {
    checkLodashKeys(ctx);
    checkTemplateValues(ctx);
    for (const node of ctx.index.nodesOfType('CallExpression')) {
      const call = lodashCall(ctx, node);
      if (call) judge(ctx, node, call.method, call.args, 0);
    }
  },
};

/**
 * The lodash method a call performs and its argument values: `_.m(a, b)`, or a wrapper's `.m(b)` as
 * `_.m(wrapped, b)` (`_(x).invoke('k')`, `_.chain(x).template().value()`).
 */
function lodashCall(ctx: RuleContext, node: Call): { method: string; args: Value[] } | undefined {
  const callee = ctx.values.resolve(node.callee);
  if (callee.kind === 'global-member' && callee.root === LODASH)
    return { method: callee.key, args: ctx.values.args(node.arguments) };
  if (node.callee.type !== 'MemberExpression') return undefined;
  const method = ctx.values.memberKey(node.callee);
  if (method === undefined || CHAIN_EXITS.has(method)) return undefined;
  const wrapped = wrappedValue(ctx, node.callee.object, 0);
  if (wrapped === undefined) return undefined;
  return { method, args: [wrapped, ...ctx.values.args(node.arguments)] };
}

/** What a lodash wrapper wraps (`_(x)`, `_.chain(x)`, a wrapper method's result), or undefined for none. */
function wrappedValue(ctx: RuleContext, node: AnyNode, depth: number): Value | undefined {
  if (node.type !== 'CallExpression' || depth > 32) return undefined;
  const callee = ctx.values.resolve(node.callee);
  const first = node.arguments[0];
  if ((callee.kind === 'global' && callee.name === LODASH) || isLodash(callee, 'chain'))
    return first && first.type !== 'SpreadElement' ? ctx.values.resolve(first) : UNKNOWN;
  if (node.callee.type !== 'MemberExpression') return undefined;
  const method = ctx.values.memberKey(node.callee);
  if (method === undefined || CHAIN_EXITS.has(method)) return undefined;
  // A step of the chain: what it wraps now is lodash's result, which the resolver does not follow.
  return wrappedValue(ctx, node.callee.object, depth + 1) === undefined ? undefined : UNKNOWN;
}

function isLodash(value: Value, key: string): boolean {
  return value.kind === 'global-member' && value.root === LODASH && value.key === key;
}

/** Judges one lodash call by what its method does with names and paths ({@link LODASH_API}). */
function judge(
  ctx: RuleContext,
  node: Call,
  method: string,
  args: readonly (Value | undefined)[],
  depth: number,
): void {
  if (method === 'template') {
    checkTemplate(ctx, node, args[0]);
    return;
  }
  const use = LODASH_API.get(method);
  if (!use || use.kind === 'merge') return;
  if (use.kind === 'partial') {
    // `_.partial(_.invoke, globalThis, 'eval')` is `_.invoke(globalThis, 'eval')` once called.
    const fn = args[0];
    if (fn?.kind !== 'global-member' || fn.root !== LODASH || depth >= 4) return;
    // `_.partialRight(_.invoke, 'eval')(g)`: the bound arguments come after the ones given later.
    const bound = args.slice(use.bound);
    judge(
      ctx,
      node,
      fn.key,
      method === 'partialRight' ? [laterArgument(ctx, node), ...bound] : bound,
      depth + 1,
    );
    return;
  }
  if (use.kind === 'iteratee') {
    const path = args[use.path];
    if (!path || (path.kind !== 'string' && path.kind !== 'array' && path.kind !== 'unknown')) return;
    const elements = ctx.values.member(args[0] ?? UNKNOWN, undefined);
    // A string iteratee is `_.property(path)` of each element; an unknown one matters on sensitive elements.
    if (path.kind === 'unknown' && !isSensitiveTarget(elements)) return;
    walk(ctx, node, method, elements, path, 'read');
    return;
  }
  const later = laterArgument(ctx, node);
  const target =
    use.target === 'later'
      ? later
      : use.target === 'elements'
        ? ctx.values.member(args[0] ?? UNKNOWN, undefined)
        : args[use.target];
  const path = use.path === 'later' ? later : args[use.path];
  walk(ctx, node, method, target, path, use.kind);
}

/** The first argument given to the function a lodash call returns, when it is called on the spot. */
function laterArgument(ctx: RuleContext, node: Call): Value | undefined {
  const parent = ctx.index.parentOf(node);
  if (parent?.type !== 'CallExpression' || parent.callee !== node) return undefined;
  const first = parent.arguments[0];
  return first && first.type !== 'SpreadElement' ? ctx.values.resolve(first) : UNKNOWN;
}

/**
 * Walks `target` along `path` as lodash does and reports what the walk reaches: the global object, a
 * constructor, prototype or template segment, a path it cannot resolve, or a value the profile forbids.
 * `target`/`path` undefined: supplied later, out of sight.
 */
function walk(
  ctx: RuleContext,
  node: Call,
  method: string,
  target: Value | undefined,
  path: Value | undefined,
  kind: 'call' | 'read' | 'write',
): void {
  if (target?.kind === 'global-object') {
    ctx.report(node, `\`_.${method}\` walks a path from the global object`);
    return;
  }
  if (path === undefined) return;
  const segments = pathSegments(path);
  if (segments === undefined) {
    ctx.report(node, `\`_.${method}\` walks a path the scanner cannot resolve`);
    return;
  }
  if (segments.some((s) => SENSITIVE_SEGMENTS.has(s))) {
    ctx.report(node, `\`_.${method}\` walks a path through \`constructor\`/\`__proto__\`/\`prototype\``);
    return;
  }
  if (target === undefined) {
    // `_.method('eval')`: the object comes later; a name only the global object answers to is the gadget.
    const first = segments[0];
    const granted = first === 'Function' && ctx.profile.allowFunctionConstructor;
    if (kind === 'call' && first !== undefined && FORBIDDEN_NAMES.has(first) && !granted)
      ctx.report(node, `\`_.${method}\` calls \`${first}\` by name on an object given later`);
    return;
  }
  let value: Value = target;
  for (const segment of segments) {
    value = ctx.values.member(value, segment);
    const reason = forbidden(ctx, value);
    if (reason) {
      ctx.report(node, `\`_.${method}\` reaches ${reason} by name`);
      return;
    }
  }
}

/** Why a value reached by name is forbidden in this profile, or undefined when it is not. */
function forbidden(ctx: RuleContext, value: Value): string | undefined {
  if (value.kind === 'global-object') return 'the global object';
  if (isCodeConstructor(value))
    return ctx.profile.allowFunctionConstructor ? undefined : describeValue(value);
  if (value.kind === 'global' && HOST_NAMES.has(value.name)) return value.name;
  if (
    value.kind === 'global-member' &&
    STACK_HOOKS.has(value.key) &&
    (value.root === 'Error' || ERROR_SUBCLASSES.has(value.root))
  )
    return `Error.${value.key}`;
  return undefined;
}

/** A collection element that a walk by an unknown name may turn into a forbidden value. */
function isSensitiveTarget(value: Value): boolean {
  return (
    value.kind === 'global-object' ||
    value.kind === 'code-constructor' ||
    value.kind === 'function-prototype' ||
    value.kind === 'global' ||
    value.kind === 'global-member' ||
    value.kind === 'lost'
  );
}

/**
 * `_.template` handed on as a value (`_.map(xs, _.template)`, `_.flow(_.template)`, `_.over([_.template])`):
 * whoever calls it compiles a template with the Function constructor, out of the scanner's sight.
 */
function checkTemplateValues(ctx: RuleContext): void {
  if (ctx.profile.allowFunctionConstructor) return;
  for (const node of ctx.index.nodesOfType('MemberExpression')) {
    if (!isLodash(ctx.values.resolve(node), 'template')) continue;
    const parent = ctx.index.parentOf(node);
    if (parent?.type === 'CallExpression' && parent.callee === node) continue;
    if (parent?.type === 'VariableDeclarator' && parent.init === node) continue; // its calls are judged
    ctx.report(node, '`_.template` is handed on as a value: it compiles with the Function constructor');
  }
}

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

function checkTemplate(ctx: RuleContext, node: Call, value: Value | undefined): void {
  if (!ctx.profile.allowFunctionConstructor) {
    // The template compiler is the Function constructor: where Function is not granted, any template is
    // code generation, constant or not (the runtime's EvalError stops it).
    ctx.report(
      node,
      '`_.template` compiles its template with the Function constructor, which the profile forbids',
    );
    return;
  }
  if (!value) return;
  if (value.kind !== 'string') {
    ctx.report(node, '`_.template` compiles a string the scanner cannot resolve (templates are code)');
  } else if (/<%/.test(value.value) && TEMPLATE_DANGER.test(value.value)) {
    ctx.report(node, '`_.template` compiles code that reaches constructors or globals');
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

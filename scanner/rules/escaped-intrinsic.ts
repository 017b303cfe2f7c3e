/**
 * The global object or an Error constructor handed to a flow the resolver does not model (see
 * `intrinsic-escape.ts`: a Set, `Object.fromEntries`, a generator, a setter, `new Promise(r => r(g))`,
 * `Function('return this')()`, ...), and then, anywhere in the snippet, a value the resolver lost read or
 * written with a key it cannot resolve or a key that names what the profile forbids: `g[k](code)`,
 * `g.process`, `E[k] = hook`, `Object.assign(E, { [k]: hook })`, `Object.getOwnPropertyNames(E)`. The
 * scanner cannot tell that the lost value is not the escaped one, so the finding grades that uncertainty.
 * The runtime holds: eval and the Function constructors throw EvalError, `process` and `require` are absent,
 * and a stack-trace hook stays inside the execution's own context.
 */
import type { AnyNode } from 'acorn';
import { escapes } from '../intrinsic-escape.js';
import type { Rule, RuleContext } from '../rule.js';
import { asKey } from '../value.js';
import { isIndexLike } from './prototype-write.js';

/** Globals a snippet must never reach through the global object. */
const GLOBAL_KEYS = new Set(['eval', 'Function', 'process', 'require', 'module', 'globalThis', 'global']);
/** The Error statics that hook stack traces. */
const HOOK_KEYS = new Set(['prepareStackTrace', 'captureStackTrace', 'stackTraceLimit']);
const WRITERS = new Set([
  'Object.assign',
  'Object.defineProperty',
  'Object.defineProperties',
  'Reflect.set',
  'Reflect.defineProperty',
]);
const ENUMERATORS = new Set([
  'Object.getOwnPropertyNames',
  'Object.getOwnPropertyDescriptors',
  'Reflect.ownKeys',
]);

/** Flags lost values read with unresolved or forbidden keys once the global object or Error escaped. */
export const escapedIntrinsicRule: Rule = {
  meta: {
    id: 'escaped-intrinsic',
    description:
      'The global object or an Error constructor passed into a flow the scanner does not follow, then a lost ' +
      'value read or written with an unresolvable or forbidden key.',
    severity: 'high',
    profiles: 'all',
    falsePositives:
      'Code that passes the global object around (environment detection) and also indexes data with ' +
      'computed keys; error classes stored in containers beside reflective writes.',
    falseNegatives:
      'The global object reached without any reference to it or a code string returning `this`.',
    recommendation: 'Name the globals you use directly; never pass the global object or Error around.',
  },
  check(ctx) {
    const { globalObject, errorConstructor } = escapes(ctx);
    if (!globalObject && !errorConstructor) return;
    const forbidden = new Set<string>();
    if (globalObject) for (const k of GLOBAL_KEYS) forbidden.add(k);
    if (errorConstructor) for (const k of HOOK_KEYS) forbidden.add(k);
    const what =
      globalObject && errorConstructor
        ? 'the global object and Error'
        : globalObject
          ? 'the global object'
          : 'Error';
    const reported = new Set<AnyNode>();
    const report = (node: AnyNode, message: string): void => {
      if (reported.has(node)) return;
      reported.add(node);
      ctx.report(node, `${message} (${what} escaped into a flow the scanner does not follow)`);
    };
    let n = 0;
    for (const node of ctx.index.nodesOfType('MemberExpression')) {
      if (++n % 512 === 0) ctx.checkBudget();
      if (!isLost(ctx, node.object)) continue;
      const key = ctx.values.memberKey(node);
      if (key !== undefined) {
        if (forbidden.has(key)) report(node, `reads \`${key}\` from a value the scanner lost`);
      } else if (node.computed && !isIndexLike(ctx, node.property)) {
        report(node, 'reads an unresolvable key from a value the scanner lost');
      }
    }
    for (const node of ctx.index.nodesOfType('VariableDeclarator')) {
      if (node.id.type !== 'ObjectPattern' || !node.init || !isLost(ctx, node.init)) continue;
      for (const prop of node.id.properties) {
        if (prop.type !== 'Property' || !prop.computed) continue;
        const key = asKey(ctx.values.resolve(prop.key));
        if (key === undefined || forbidden.has(key))
          report(prop, 'destructures an unresolvable or forbidden key from a value the scanner lost');
      }
    }
    for (const node of ctx.index.nodesOfType('CallExpression')) checkCall(ctx, node, forbidden, report);
  },
};

function checkCall(
  ctx: RuleContext,
  node: AnyNode & { type: 'CallExpression' },
  forbidden: ReadonlySet<string>,
  report: (node: AnyNode, message: string) => void,
): void {
  const callee = ctx.values.resolve(node.callee);
  if (callee.kind !== 'global-member') return;
  const name = `${callee.root}.${callee.key}`;
  const [target, key, ...rest] = node.arguments;
  if (!target || target.type === 'SpreadElement' || !isLost(ctx, target)) return;
  if (ENUMERATORS.has(name)) {
    report(node, `${name} of a value the scanner lost`);
    return;
  }
  if (
    name === 'Reflect.get' ||
    (WRITERS.has(name) && name !== 'Object.assign' && name !== 'Object.defineProperties')
  ) {
    if (!key || key.type === 'SpreadElement') return;
    const k = asKey(ctx.values.resolve(key));
    if (k === undefined || forbidden.has(k)) report(node, `${name} with an unresolvable or forbidden key`);
    return;
  }
  if (name === 'Object.assign' || name === 'Object.defineProperties') {
    for (const source of [key, ...rest]) {
      if (source && !isPlainSource(ctx, source, forbidden)) {
        report(node, `${name} onto a value the scanner lost, with keys it cannot resolve or forbidden keys`);
        return;
      }
    }
  }
}

/** An object literal (directly or through a `const`) whose keys are all resolved and allowed. */
function isPlainSource(ctx: RuleContext, node: AnyNode, forbidden: ReadonlySet<string>): boolean {
  let literal: AnyNode | undefined = node;
  if (node.type === 'Identifier') {
    const binding = ctx.index.bindingOf(node);
    const source = binding?.sources.length === 1 ? binding.sources[0] : undefined;
    literal = source?.kind === 'expression' && source.path.length === 0 ? source.node : undefined;
  }
  if (literal?.type !== 'ObjectExpression') return false;
  return literal.properties.every((p) => {
    if (p.type !== 'Property') return false;
    const key = p.computed
      ? asKey(ctx.values.resolve(p.key))
      : p.key.type === 'Identifier'
        ? p.key.name
        : asKey(ctx.values.resolve(p.key));
    return key !== undefined && !forbidden.has(key);
  });
}

/** Whether the resolver lost an expression's value (it may be the escaped object). */
function isLost(ctx: RuleContext, node: AnyNode): boolean {
  if (node.type === 'Super' || node.type === 'ThisExpression') return false;
  const kind = ctx.values.resolve(node).kind;
  if (kind === 'unknown' || kind === 'lost') return true;
  // An object the resolver made up from a flow (`await thenable`, a binding written into) rather than a literal.
  return kind === 'object' && !isLiteralOrigin(ctx, node);
}

/** An object or array literal, directly or through a name bound only to literals. */
function isLiteralOrigin(ctx: RuleContext, node: AnyNode): boolean {
  if (node.type === 'ObjectExpression' || node.type === 'ArrayExpression') return true;
  if (node.type !== 'Identifier') return false;
  const sources = ctx.index.bindingOf(node)?.sources ?? [];
  return (
    sources.length > 0 &&
    sources.every(
      (s) =>
        s.kind === 'expression' &&
        s.path.length === 0 &&
        (s.node.type === 'ObjectExpression' || s.node.type === 'ArrayExpression'),
    )
  );
}

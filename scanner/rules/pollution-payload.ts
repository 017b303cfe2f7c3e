/**
 * Prototype pollution by generic code fed a pollution payload: data whose keys or path reach a prototype
 * (`JSON.parse('{"__proto__": {...}}')`, `'__proto__.x'`, `'constructor.prototype.x'`, `['__proto__', 'x']`)
 * handed to something that copies keys or walks paths: a lodash merge or path setter (`_.merge`,
 * `_.defaultsDeep`, `_.set`, `_.setWith`, ...), `Object.assign`, or a function of the snippet's own that
 * writes with computed keys (a hand-written recursive merge or path setter). The payload is what no benign
 * snippet writes; the writer is what makes it land. A writer that compares keys with `'__proto__'` (a
 * guarded merge) is not flagged.
 */
import type { AnyNode } from 'acorn';
import { LODASH } from '../global-calls.js';
import { LODASH_API } from '../lodash-api.js';
import type { Rule, RuleContext } from '../rule.js';
import type { Binding } from '../scope.js';
import { asKey } from '../value.js';

type Node<T extends AnyNode['type']> = Extract<AnyNode, { type: T }>;

/** A JSON key that is a prototype, or `constructor` holding `prototype`. */
const JSON_PAYLOAD = /"(?:__proto__|\\u005[fF]_proto__)"\s*:|"constructor"\s*:\s*\{\s*"prototype"\s*:/;
const MAX_TRACE = 6;

export const pollutionPayloadRule: Rule = {
  meta: {
    id: 'pollution-payload',
    description:
      'A payload with a `__proto__` or `constructor.prototype` key or path handed to a merge or path ' +
      'setter: lodash writers, `Object.assign`, or a function of the snippet that writes with computed keys.',
    severity: 'high',
    profiles: 'all',
    falsePositives:
      'A snippet testing its own merge with such a payload, where the merge has no visible guard.',
    falseNegatives: 'Payloads built at run time from data the scanner cannot fold (`input`).',
    recommendation: 'Do not merge untrusted structures into objects; build plain objects with known keys.',
  },
  check(ctx) {
    for (const call of ctx.index.nodesOfType('CallExpression')) {
      // The payload first: it is rare and cheap to rule out; the writer check reads the callee's body.
      let payload: string | undefined;
      for (const arg of call.arguments) {
        payload = payloadOf(ctx, arg.type === 'SpreadElement' ? arg.argument : arg, 0);
        if (payload) break;
      }
      const writer = payload && writerOf(ctx, call);
      if (writer) ctx.report(call, `hands ${payload} to ${writer}, which can write it into a prototype`);
    }
  },
};

/** What kind of writer a call is, or undefined when it copies no keys and walks no paths. */
function writerOf(ctx: RuleContext, call: Node<'CallExpression'>): string | undefined {
  const callee = ctx.values.resolve(call.callee);
  if (callee.kind === 'global-member') {
    if (callee.root === 'Object' && callee.key === 'assign') return '`Object.assign`';
    const use = callee.root === LODASH ? LODASH_API.get(callee.key) : undefined;
    if (use?.kind === 'merge' || use?.kind === 'write') return `\`_.${callee.key}\``;
    return undefined;
  }
  if (callee.kind === 'function' && callee.node && writesComputedKeys(ctx, callee.node))
    return 'a function that writes with computed keys';
  return undefined;
}

/** The functions that write with non-literal computed keys, less those that mention `'__proto__'`. */
const WRITERS = new WeakMap<object, ReadonlySet<AnyNode>>();

/**
 * Whether a function literal writes `o[k] = v` with a key that is not a literal (judged by shape: the resolver
 * may fold the key from this very call's arguments), and never names `'__proto__'` (a guarded merge). One
 * pass over the program, each write and literal marking the functions around it.
 */
function writesComputedKeys(ctx: RuleContext, fn: AnyNode): boolean {
  let writers = WRITERS.get(ctx.index);
  if (!writers) {
    const writing = new Set<AnyNode>();
    const guarded = new Set<AnyNode>();
    for (const node of ctx.index.nodesOfType('AssignmentExpression')) {
      const left = node.left;
      if (left.type === 'MemberExpression' && left.computed && left.property.type !== 'Literal')
        markEnclosing(ctx, node, writing);
    }
    for (const lit of ctx.index.nodesOfType('Literal')) {
      if (lit.value === '__proto__') markEnclosing(ctx, lit, guarded);
    }
    for (const g of guarded) writing.delete(g);
    writers = writing;
    WRITERS.set(ctx.index, writers);
  }
  return writers.has(fn);
}

function markEnclosing(ctx: RuleContext, node: AnyNode, into: Set<AnyNode>): void {
  let n = 0;
  for (let at = ctx.index.parentOf(node); at; at = ctx.index.parentOf(at)) {
    if (++n % 1024 === 0) ctx.checkBudget();
    if (
      at.type === 'FunctionExpression' ||
      at.type === 'ArrowFunctionExpression' ||
      at.type === 'FunctionDeclaration'
    ) {
      if (into.has(at)) return; // its ancestors are marked already
      into.add(at);
    }
  }
}

const PAYLOADS = new WeakMap<object, Map<AnyNode | Binding, string | null>>();

/** A description of the pollution payload an expression holds, or undefined for none (memoized per scan). */
function payloadOf(ctx: RuleContext, node: AnyNode, depth: number): string | undefined {
  if (depth > MAX_TRACE) return undefined;
  let memo = PAYLOADS.get(ctx.index);
  if (!memo) {
    memo = new Map();
    PAYLOADS.set(ctx.index, memo);
  }
  const key = node.type === 'Identifier' ? (ctx.index.bindingOf(node) ?? node) : node;
  const known = memo.get(key);
  if (known !== undefined) return known ?? undefined;
  memo.set(key, null); // a cycle through names reads as no payload
  if (memo.size % 256 === 0) ctx.checkBudget();
  const found = computePayload(ctx, node, depth);
  memo.set(key, found ?? null);
  return found;
}

function computePayload(ctx: RuleContext, node: AnyNode, depth: number): string | undefined {
  switch (node.type) {
    case 'LogicalExpression':
      return payloadOf(ctx, node.left, depth + 1) ?? payloadOf(ctx, node.right, depth + 1);
    case 'ConditionalExpression':
      return payloadOf(ctx, node.consequent, depth + 1) ?? payloadOf(ctx, node.alternate, depth + 1);
    case 'Identifier': {
      const binding = ctx.index.bindingOf(node);
      if (!binding) return undefined;
      for (const source of binding.sources) {
        if (source.kind === 'opaque' || source.kind === 'element') continue;
        if (source.kind === 'expression' && source.path.length > 0) continue;
        const found = payloadOf(ctx, source.node, depth + 1);
        if (found) return found;
      }
      return undefined;
    }
    case 'CallExpression': {
      const callee = ctx.values.resolve(node.callee);
      const first = node.arguments[0];
      if (callee.kind !== 'global-member' || callee.root !== 'JSON' || callee.key !== 'parse' || !first)
        break;
      const text = asKey(ctx.values.resolve(first));
      return text !== undefined && JSON_PAYLOAD.test(text) ? 'parsed JSON with a prototype key' : undefined;
    }
    default:
      break;
  }
  const value = ctx.values.resolve(node);
  const keys = value.kind === 'array' ? value.items.map(asKey) : [asKey(value)];
  if (keys.some((k) => k === undefined)) return undefined;
  // A path names its segments: text without `__proto__` or `prototype` in it is none.
  if (!(keys as string[]).some((k) => k.includes('__proto__') || k.includes('prototype'))) return undefined;
  const segments = (keys as string[]).flatMap((k) => k.split(/[.[\]'"]+/).filter(Boolean));
  if (segments.includes('__proto__')) return 'a path through `__proto__`';
  const ctor = segments.indexOf('constructor');
  return ctor >= 0 && segments[ctor + 1] === 'prototype'
    ? 'a path through `constructor.prototype`'
    : undefined;
}

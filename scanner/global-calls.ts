/**
 * Calls of known globals: decoders fold, reflection reads behave like the member access they perform,
 * `Object.create`/`Object.assign`/`Array.from` make containers, promises are transparent, and
 * `require` of an allowed module is a value of its own.
 */
import type { AnyNode } from 'acorn';
import { bestDangerous, prototypeOf } from './builtin-values.js';
import type { ResolverCore } from './resolver-core.js';
import { foldDecoder } from './string-folding.js';
import { asKey, isDangerous, stringValue, UNKNOWN, type Value } from './value.js';

type Node<T extends AnyNode['type']> = Extract<AnyNode, { type: T }>;

/** The name under which the resolver knows the lodash module (not a valid identifier, so never a global). */
export const LODASH = '(lodash)';

/** Calls of known globals: decoders fold; reflection reads behave like the member access they perform. */
export function globalCall(r: ResolverCore, name: string, argNodes: readonly AnyNode[]): Value {
  const [first, second] = argNodes;
  switch (name) {
    case 'Reflect.get':
      return first && second ? r.member(r.resolve(first), asKey(r.resolve(second))) : UNKNOWN;
    case 'Object.getOwnPropertyDescriptor':
    case 'Reflect.getOwnPropertyDescriptor':
      if (!first || !second) return UNKNOWN;
      return { kind: 'descriptor', value: r.member(r.resolve(first), asKey(r.resolve(second))) };
    case 'Object.getPrototypeOf':
    case 'Reflect.getPrototypeOf':
      return first ? prototypeOf(r.resolve(first)) : UNKNOWN;
    case 'require': {
      // An allowed module is a value of its own: `require('lodash')` -> `(lodash)`, its methods members.
      const name = first ? asKey(r.resolve(first)) : undefined;
      return name === 'lodash' || name?.startsWith('lodash/') ? { kind: 'global', name: LODASH } : UNKNOWN;
    }
    case 'Promise.resolve':
    case 'Promise.reject':
    case 'Iterator.from':
      return first ? r.resolve(first) : UNKNOWN;
    case 'Promise.all':
    case 'Promise.allSettled':
    case 'Promise.race':
    case 'Promise.any':
      return first ? settled(name, r.resolve(first)) : UNKNOWN;
    case 'Object.create': {
      // An object inheriting from the global object reads every global: it is the global object to a read.
      const proto = first ? r.resolve(first) : UNKNOWN;
      if (proto.kind === 'global-object') return proto;
      return first ? { kind: 'object', proto } : UNKNOWN;
    }
    case 'Object.getOwnPropertyDescriptors':
      // Every key holds `{ value }` of the source's property: `d[k].value` is `source[k]`.
      return first
        ? { kind: 'object', every: { kind: 'descriptor', value: r.member(r.resolve(first), undefined) } }
        : UNKNOWN;
    case 'Object.assign': {
      // Reads see the sources' keys (the last source first), then the target's.
      const values = argNodes.map((arg) => r.resolve(arg));
      const dangerous = bestDangerous(values);
      if (isDangerous(dangerous)) return dangerous;
      const last = values.at(-1);
      return first && last ? { kind: 'object', base: last, proto: r.resolve(first) } : UNKNOWN;
    }
    case 'Array.from':
    case 'Array.of':
    case 'Object.values':
      return first ? { kind: 'object', base: r.resolve(first) } : UNKNOWN;
    case 'Reflect.apply': {
      const fn = first ? r.resolve(first) : UNKNOWN;
      return fn.kind === 'function' && fn.node ? r.returnValue(fn.node, UNKNOWN) : UNKNOWN;
    }
    case 'Object.keys':
    case 'Reflect.ownKeys':
    case 'Object.getOwnPropertyNames':
      return first?.type === 'ObjectExpression' ? literalKeys(r, first) : UNKNOWN;
    default:
      return foldDecoder(name, r.args(argNodes), r.limit);
  }
}

/**
 * What the combinators settle to: `all` an array of the values, `allSettled` an array of
 * `{ status, value }` records, `race`/`any` one of the values.
 */
function settled(name: string, list: Value): Value {
  const items = list.kind === 'array' ? list.items : list.kind === 'object' ? [list] : [];
  const best = bestDangerous(items);
  if (!isDangerous(best)) return list.kind === 'array' && name === 'Promise.all' ? list : UNKNOWN;
  if (name === 'Promise.race' || name === 'Promise.any') return best;
  if (name === 'Promise.all') return list.kind === 'array' ? list : { kind: 'array', items: [best] };
  return { kind: 'array', items: items.map((value) => ({ kind: 'object', every: value })) };
}

/** The keys of an object literal, when all are constant: `Object.keys({ constructor: 1 })`. */
function literalKeys(r: ResolverCore, node: Node<'ObjectExpression'>): Value {
  const items: Value[] = [];
  for (const prop of node.properties) {
    if (prop.type !== 'Property') return UNKNOWN;
    const key = !prop.computed && prop.key.type === 'Identifier' ? prop.key.name : asKey(r.resolve(prop.key));
    if (key === undefined) return UNKNOWN;
    items.push(stringValue(key, r.limit));
  }
  return { kind: 'array', items };
}

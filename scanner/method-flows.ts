/**
 * Values that methods carry on from their receiver or callback: `p.then(cb)` settles to what `cb` returns,
 * `xs.reduce(cb)` is what `cb` last returned, iterator helpers over an array iterate its elements, and
 * `xs.map(cb)` is an array of what `cb` returns. Helpers of {@link ResolverCore}'s implementation.
 */
import type { AnyNode } from 'acorn';
import { bestDangerous } from './builtin-values.js';
import type { ResolverCore } from './resolver-core.js';
import { isDangerous, UNKNOWN, type Value } from './value.js';

/** Array and iterator methods whose result iterates (a subset of) the receiver's elements. */
const ITERATING_METHODS = new Set(['values', 'toArray', 'take', 'drop', 'filter', 'toSorted', 'toReversed']);
/** Promise methods whose result settles to what their callback returns. */
const SETTLING_CALLBACKS = new Set(['then', 'catch']);
/** Folds that return what their callback last returned. */
const REDUCERS = new Set(['reduce', 'reduceRight']);

/**
 * Methods that carry a value on: `p.then(cb)` settles to what `cb` returns, `xs.reduce(cb)` is what `cb`
 * last returned, and iterator helpers over an array (`xs.values().take(1).toArray()`) iterate its elements
 * (`.next()` gives a `{ value }` record of one). Undefined when the method is none of these.
 */
export function carriedValue(
  core: ResolverCore,
  receiver: Value,
  method: string,
  args: readonly AnyNode[],
): Value | undefined {
  const callback = args[0];
  if ((SETTLING_CALLBACKS.has(method) || REDUCERS.has(method)) && callback) {
    const fn = core.resolve(callback);
    if (fn.kind === 'function' && fn.node) return core.returnValue(fn.node, UNKNOWN);
    return undefined;
  }
  if (method === 'finally') return receiver;
  if (receiver.kind !== 'array') return undefined;
  if (ITERATING_METHODS.has(method)) return receiver;
  if (method === 'next') {
    const best = bestDangerous(receiver.items);
    return isDangerous(best) ? { kind: 'object', every: best } : UNKNOWN;
  }
  return undefined;
}

/** `xs.map(cb)`, `xs.flatMap(cb)`: an array of what the callback returns (its parameter is bound to elements). */
export function mappedValue(core: ResolverCore, method: string, callback: AnyNode | undefined): Value {
  if ((method !== 'map' && method !== 'flatMap') || !callback) return UNKNOWN;
  const fn = core.resolve(callback);
  if (fn.kind !== 'function' || !fn.node) return UNKNOWN;
  const returned = core.returnValue(fn.node, UNKNOWN);
  const element =
    method === 'flatMap' && returned.kind === 'array' ? bestDangerous(returned.items) : returned;
  return isDangerous(element) ? { kind: 'array', items: [element] } : UNKNOWN;
}

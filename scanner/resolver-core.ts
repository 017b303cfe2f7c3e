/**
 * What the resolver's helpers (containers, function returns, calls of globals) may ask of it: the value of
 * a node, of a member, of a call's arguments and of a function's returns. Implemented by the resolver,
 * which memoizes each answer.
 */
import type { AnyNode } from 'acorn';
import type { Value } from './value.js';

/** The resolution services {@link ValueResolver} offers its helper modules. */
export interface ResolverCore {
  /** The folding bound on strings and arrays (`maxFoldedStringLength`). */
  readonly limit: number;
  /** The value of an expression node (memoized). */
  resolve(node: AnyNode): Value;
  /** The value of `object[key]`; `key` undefined when it cannot be folded. */
  member(object: Value, key: string | undefined): Value;
  /** The values of call arguments, spreads of known arrays expanded. */
  args(nodes: readonly AnyNode[]): Value[];
  /** What calling the function literal `fn` with `this` = `self` may return. */
  returnValue(fn: AnyNode, self: Value): Value;
}

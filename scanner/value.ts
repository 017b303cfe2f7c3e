/**
 * The abstract values the resolver computes for expressions: folded constants, globals reached by name,
 * the global object, and the function values that lead to code generation. Anything else is `unknown`.
 */
import type { AnyNode } from 'acorn';
import type { Binding } from './scope.js';

/** Which code-generating constructor a function's `.constructor` leads to. */
export type Flavor = 'function' | 'async' | 'generator' | 'async-generator';

/** What the resolver knows about an expression's value. */
export type Value =
  | { readonly kind: 'unknown' }
  /** A constant string; `decoded` when built by folding (concatenation, decoders) rather than written as is. */
  | { readonly kind: 'string'; readonly value: string; readonly decoded: boolean }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'array'; readonly items: readonly Value[] }
  /** A global binding reached by name: `eval`, `globalThis.process`, `Reflect.get(self, 'Function')`. */
  | { readonly kind: 'global'; readonly name: string }
  /** A property of a global, one level deep: `String.fromCharCode`, `Reflect.get`, `Error.prepareStackTrace`. */
  | { readonly kind: 'global-member'; readonly root: string; readonly key: string }
  | { readonly kind: 'global-object' }
  /**
   * Some function; `node` is its literal when known (used to fold `(() => globalThis)()`); `fromConstructor`
   * when it is the `.constructor` of a value the resolver does not know (a constructor, perhaps Function).
   */
  | {
      readonly kind: 'function';
      readonly flavor: Flavor;
      readonly node?: AnyNode;
      readonly fromConstructor?: true;
    }
  /**
   * A value the analysis lost: read with a key it cannot resolve from a function, a builtin, a prototype or
   * the global object. `callable` when calling it may generate code (`fn[k]` may be `fn.constructor`);
   * otherwise only a further read may (`Math[k]` may be `Object`, whose `[k]` may be Function).
   */
  | { readonly kind: 'lost'; readonly callable: boolean }
  | { readonly kind: 'function-prototype'; readonly flavor: Flavor }
  /** `Function`, `AsyncFunction`, `GeneratorFunction` or `AsyncGeneratorFunction`, reached by any path. */
  | { readonly kind: 'code-constructor'; readonly flavor: Flavor }
  /** A property descriptor (`Object.getOwnPropertyDescriptor`); its `.value`/`.get` is `value`. */
  | { readonly kind: 'descriptor'; readonly value: Value }
  /**
   * A container the resolver can look into: an object literal (`node`), an object made by `Object.create`
   * (`proto`), an array (`base`), plus the writes recorded on the binding that holds it.
   */
  | {
      readonly kind: 'object';
      readonly node?: AnyNode;
      readonly proto?: Value;
      readonly base?: Value;
      readonly binding?: Binding;
      /** What every key reads: a Proxy's `get` trap answer, a descriptor map's `{ value }` of its source. */
      readonly every?: Value;
    };

/** The unknown value (shared: values are immutable). */
export const UNKNOWN: Value = Object.freeze({ kind: 'unknown' });

/** Names that denote the global object itself. `global` is also a host-global finding in its own right. */
export const GLOBAL_OBJECT_NAMES: ReadonlySet<string> = new Set([
  'globalThis',
  'self',
  'window',
  'global',
  'frames',
  'top',
  'parent',
]);

/** Globals that are objects, not functions; every other capitalized or listed global is callable. */
const NON_CALLABLE_GLOBALS = new Set([
  'Math',
  'JSON',
  'Reflect',
  'Atomics',
  'Intl',
  'WebAssembly',
  'console',
]);
const CALLABLE_LOWERCASE = new Set([
  'eval',
  'parseInt',
  'parseFloat',
  'isNaN',
  'isFinite',
  'encodeURI',
  'encodeURIComponent',
  'decodeURI',
  'decodeURIComponent',
  'escape',
  'unescape',
  'atob',
  'btoa',
  'require',
  'fetch',
  'setTimeout',
  'setInterval',
  'setImmediate',
  'queueMicrotask',
  'structuredClone',
]);

/** Whether a global of this name is (in any realm this scanner knows) a function. */
export function isCallableGlobal(name: string): boolean {
  if (CALLABLE_LOWERCASE.has(name)) return true;
  if (NON_CALLABLE_GLOBALS.has(name)) return false;
  const first = name.charCodeAt(0);
  return first >= 65 && first <= 90;
}

/** Whether a value is one of the code-generating constructors (`Function` by name included). */
export function isCodeConstructor(value: Value): boolean {
  return value.kind === 'code-constructor' || (value.kind === 'global' && value.name === 'Function');
}

/** The flavor of a function literal. */
export function flavorOf(node: AnyNode): Flavor {
  const fn = node as { async?: boolean; generator?: boolean };
  if (fn.async && fn.generator) return 'async-generator';
  if (fn.async) return 'async';
  if (fn.generator) return 'generator';
  return 'function';
}

/** How interesting a value is to the rules; when a binding has several sources, the highest wins. */
export function valueRank(value: Value): number {
  switch (value.kind) {
    case 'code-constructor':
      return 6;
    case 'global':
    case 'global-object':
      return 5;
    case 'function-prototype':
      return 4;
    case 'function':
    case 'descriptor':
    case 'global-member':
    case 'lost':
      return 3;
    case 'string':
      return 2;
    case 'number':
    case 'array':
    case 'object':
      return 1;
    default:
      return 0;
  }
}

/** A string value, or unknown when it is longer than the folding bound. */
export function stringValue(value: string, limit: number, decoded = true): Value {
  return value.length > limit ? UNKNOWN : { kind: 'string', value, decoded };
}

/** A value as a property key or folding operand: strings and numbers only. */
export function asKey(value: Value): string | undefined {
  if (value.kind === 'string') return value.value;
  if (value.kind === 'number') return String(value.value);
  return undefined;
}

/** A human-readable name for a value, for messages. */
export function describeValue(value: Value): string {
  switch (value.kind) {
    case 'global':
      return value.name;
    case 'global-member':
      return `${value.root}.${value.key}`;
    case 'code-constructor':
      return value.flavor === 'function' ? 'Function' : `${value.flavor} function constructor`;
    case 'global-object':
      return 'the global object';
    case 'lost':
      return 'a value read with an unresolvable key';
    default:
      return value.kind;
  }
}

/** When a variable holds several strings over time, these win: the rules judge the worst case. */
export const SENSITIVE_KEYS: ReadonlySet<string> = new Set([
  'constructor',
  '__proto__',
  'prototype',
  'eval',
  'Function',
  'process',
  'require',
]);

/** Whether a value may lead somewhere dangerous (a global, the global object, a function, a constructor). */
export function isDangerous(value: Value): boolean {
  return valueRank(value) >= 3;
}

function sameConstant(a: Value, b: Value): boolean {
  if (a.kind === 'string' && b.kind === 'string') return a.value === b.value;
  if (a.kind === 'number' && b.kind === 'number') return Object.is(a.value, b.value);
  return a === b;
}

/**
 * The value of something that may hold any of `values` (a binding's sources, a function's returns): the
 * most dangerous of them; else a sensitive key among them; else their common constant; else unknown. An
 * unknown source makes a constant unknown: `let k = ''; k += c` is not `''`.
 */
export function joinValues(values: readonly Value[]): Value {
  let best: Value = UNKNOWN;
  let first: Value | undefined;
  let agree = true;
  for (const value of values) {
    if (first === undefined) first = value;
    else if (!sameConstant(first, value)) agree = false;
    if (value.kind === 'unknown') agree = false;
    const sensitive = value.kind === 'string' && SENSITIVE_KEYS.has(value.value);
    if (valueRank(value) > valueRank(best) || (sensitive && !isDangerous(best) && !isSensitiveString(best)))
      best = value;
  }
  if (isDangerous(best) || isSensitiveString(best)) return best;
  return agree ? best : UNKNOWN;
}

function isSensitiveString(value: Value): boolean {
  return value.kind === 'string' && SENSITIVE_KEYS.has(value.value);
}

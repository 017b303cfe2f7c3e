/**
 * What the resolver knows about builtins without looking at the program: the members, constructors and
 * prototypes of function values, builtin globals and literals, and what a read with an unknown key loses.
 * Pure functions of {@link Value}s.
 */
import type { AnyNode } from 'acorn';
import {
  GLOBAL_OBJECT_NAMES,
  isCallableGlobal,
  isDangerous,
  UNKNOWN,
  type Value,
  valueRank,
} from './value.js';

/** The builtin constructors whose prototype (as functions) is Error, so they inherit its static hooks. */
export const ERROR_SUBCLASSES: ReadonlySet<string> = new Set([
  'EvalError',
  'RangeError',
  'ReferenceError',
  'SyntaxError',
  'TypeError',
  'URIError',
  'AggregateError',
]);

/** The most dangerous of `values`, or unknown when none is. */
export function bestDangerous(values: readonly Value[]): Value {
  let best = UNKNOWN;
  for (const value of values) if (valueRank(value) > valueRank(best)) best = value;
  return isDangerous(best) ? best : UNKNOWN;
}

/** A property key: its name or literal value, or the computed key node. */
export function propertyKey(key: AnyNode, computed: boolean): string | AnyNode {
  if (!computed && key.type === 'Identifier') return key.name;
  if (key.type === 'Literal' && (typeof key.value === 'string' || typeof key.value === 'number')) {
    return String(key.value);
  }
  return key;
}

/** Whether `name` is a global of the host realm (ECMAScript builtins, and host objects such as `process`). */
export function isBuiltinGlobal(name: string): boolean {
  return Object.hasOwn(globalThis, name) || GLOBAL_OBJECT_NAMES.has(name);
}

/** A value lost through an unknown key that calling may turn into code generation. */
export const LOST_CALLABLE: Value = Object.freeze({ kind: 'lost', callable: true });
/** A value lost through an unknown key that only a further read may make dangerous. */
export const LOST_OBJECT: Value = Object.freeze({ kind: 'lost', callable: false });
/** The `.constructor` of a value the resolver does not know: some constructor, perhaps Function. */
export const UNKNOWN_CONSTRUCTOR: Value = Object.freeze({
  kind: 'function',
  flavor: 'function',
  fromConstructor: true,
});

/** `object[k]` with `k` unknown: lost where `object` is a function, builtin, prototype or the global object. */
export function lostFrom(object: Value): Value {
  switch (object.kind) {
    case 'function':
    case 'code-constructor':
    case 'function-prototype':
    case 'global-object':
      return LOST_CALLABLE;
    case 'global':
      // A free name that is no builtin is the snippet's own (a ReferenceError at runtime), not a builtin.
      if (!isBuiltinGlobal(object.name)) return UNKNOWN;
      return isCallableGlobal(object.name) ? LOST_CALLABLE : LOST_OBJECT;
    case 'global-member':
      if (!isBuiltinGlobal(object.root)) return UNKNOWN;
      // `Array.prototype[k]` is a method or the constructor; `Math.max[k]` may be Function.
      return object.key === 'prototype' ? LOST_OBJECT : LOST_CALLABLE;
    default:
      return UNKNOWN;
  }
}

/** `x.constructor`: every constructor is a function, and a function's constructor generates code. */
export function constructorOf(value: Value): Value {
  switch (value.kind) {
    case 'function':
    case 'function-prototype':
      return { kind: 'code-constructor', flavor: value.flavor };
    case 'code-constructor':
    case 'global-member':
      return { kind: 'code-constructor', flavor: 'function' };
    case 'global':
      return isCallableGlobal(value.name)
        ? { kind: 'code-constructor', flavor: 'function' }
        : { kind: 'function', flavor: 'function' };
    case 'lost':
      return LOST_CALLABLE;
    default:
      return UNKNOWN_CONSTRUCTOR;
  }
}

/** Whether `key` names a method of the host's Array.prototype or String.prototype (read, never called). */
export function isBuiltinMethod(kind: 'string' | 'array', key: string): boolean {
  const proto: object = kind === 'array' ? Array.prototype : String.prototype;
  return (
    Object.hasOwn(proto, key) && typeof Object.getOwnPropertyDescriptor(proto, key)?.value === 'function'
  );
}

/** `Object.getPrototypeOf(x)` / `x.__proto__` for function values: their flavor's prototype. */
export function prototypeOf(value: Value): Value {
  switch (value.kind) {
    case 'function':
      return { kind: 'function-prototype', flavor: value.flavor };
    case 'code-constructor':
    case 'global-member':
      // `Object.getPrototypeOf(Math.max)`: members of builtins are (almost always) functions.
      return { kind: 'function-prototype', flavor: 'function' };
    case 'global':
      // The Error subclasses inherit from Error itself: `Object.getPrototypeOf(RangeError)` is Error.
      if (ERROR_SUBCLASSES.has(value.name)) return { kind: 'global', name: 'Error' };
      return isCallableGlobal(value.name) ? { kind: 'function-prototype', flavor: 'function' } : UNKNOWN;
    case 'object':
      if (value.proto) return value.proto;
      return value.node ? builtinPrototype('Object') : UNKNOWN;
    case 'array':
      return builtinPrototype('Array');
    case 'string':
      return builtinPrototype('String');
    case 'number':
      return builtinPrototype('Number');
    default:
      return UNKNOWN;
  }
}

/** The `prototype` of a builtin constructor, as a member of that global. */
export function builtinPrototype(root: string): Value {
  return { kind: 'global-member', root, key: 'prototype' };
}

/**
 * `Root.key[k]` for a builtin global: a method of a builtin prototype or static (`Array.prototype.map`,
 * `Math.max.call`) is a function, so that its `.constructor` and its reads by unknown keys are followed.
 * Looked up in the scanner's own realm through data descriptors only (no getter runs).
 */
export function builtinMember(object: Extract<Value, { kind: 'global-member' }>, key: string): Value {
  if (!isBuiltinGlobal(object.root)) return UNKNOWN;
  const holder = dataProperty(dataProperty(globalThis, object.root), object.key);
  return typeof dataProperty(holder, key) === 'function' ? { kind: 'function', flavor: 'function' } : UNKNOWN;
}

/** The value of a data property of `holder` or its prototypes, or undefined (accessors are not run). */
function dataProperty(holder: unknown, key: string): unknown {
  let current = holder;
  for (let depth = 0; depth < 8 && (typeof current === 'object' || typeof current === 'function'); depth++) {
    if (current === null) return undefined;
    const descriptor = Object.getOwnPropertyDescriptor(current, key);
    if (descriptor) return 'value' in descriptor ? descriptor.value : undefined;
    current = Object.getPrototypeOf(current);
  }
  return undefined;
}

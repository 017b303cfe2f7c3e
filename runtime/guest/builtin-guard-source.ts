/**
 * The builtin guard. V8 keeps "protectors", isolate-wide flags that let its fast paths (array spread and
 * iteration, `map`/`filter` species, promise `then`, holey array reads...) skip lookups as long as no
 * context of the isolate ever changed certain builtin properties. One change in one fresh context clears
 * the flag for the isolate's whole life: measured, the next tenant's `[...a]` loop went from 8-16 ms to
 * 925-1,773 ms. The guest may change its own builtins (its context is its own), so before any guest code
 * every own property (key, value, getter, setter, flags), the prototype and the extensibility of each
 * object that holds a guarded property are recorded; after the execution they are compared again, and the
 * host retires the isolate when anything differs. Locking the properties instead (non-writable,
 * non-configurable) clears the same flags: V8 treats the redefinition as a change.
 *
 * Two parts:
 * - {@link BUILTIN_GUARD_TARGETS_SOURCE} runs in the guest's context, inside the bootstrap function after
 *   every other taming, and defines `guardTargets`, the list of the context's guarded objects (the host
 *   takes it from the bootstrap's result, before any guest code).
 * - {@link BUILTIN_GUARD_REALM_SOURCE} runs once per isolate in a context of its own, the guard realm,
 *   and evaluates to `[record, intact]`: `record(targets)` returns a record of the targets,
 *   `intact(record)` compares them with it. Both are long-lived functions, so V8 optimizes them once for
 *   the isolate instead of interpreting fresh copies in every context (that cost 3x more CPU, see
 *   runtime/builtin-guard.ts). Nothing of the guard realm ever enters a guest context: the host passes the
 *   targets in and keeps the record as a handle. Both read through the guard realm's own intrinsics and
 *   read descriptors only: no getter, setter or proxy trap of the guest runs there (the targets are the
 *   builtins themselves, ordinary objects, taken before any guest code).
 */
export const BUILTIN_GUARD_TARGETS_SOURCE = `
  const iterProto = (it) => getProto(it);
  const TypedArrayCtor = getProto(Uint8Array);
  const guardTargets = [
    Object.prototype, Array, Array.prototype, iterProto([][Symbol.iterator]()), iterProto(iterProto([][Symbol.iterator]())),
    Promise, Promise.prototype, RegExp, RegExp.prototype, String.prototype, iterProto(''[Symbol.iterator]()),
    Number.prototype, Symbol.prototype, Map, Map.prototype, iterProto(new Map()[Symbol.iterator]()),
    Set, Set.prototype, iterProto(new Set()[Symbol.iterator]()), TypedArrayCtor, TypedArrayCtor.prototype,
    ArrayBuffer, ArrayBuffer.prototype, Function.prototype,
  ];
  const typedArrayNames = ['Uint8Array', 'Int8Array', 'Uint16Array', 'Int16Array', 'Uint32Array', 'Int32Array',
    'Float16Array', 'Float32Array', 'Float64Array', 'Uint8ClampedArray', 'BigUint64Array', 'BigInt64Array'];
  for (let i = 0; i < typedArrayNames.length; i++) {
    const C = g[typedArrayNames[i]];
    if (typeof C === 'function') { guardTargets[guardTargets.length] = C; guardTargets[guardTargets.length] = C.prototype; }
  }
`;

/**
 * The guard realm's script. A record is one flat array: per object, the object, its prototype, its
 * extensibility and its own key count, then key, value, getter, setter and flags per property. `intact`
 * walks it and compares each property's current descriptor as it goes, stopping at the first difference.
 * Values compare with `Object.is` (a NaN stays equal to itself; 0 and -0 differ).
 */
export const BUILTIN_GUARD_REALM_SOURCE = `(function () {
  'use strict';
  const describe = Object.getOwnPropertyDescriptor;
  const isExtensible = Object.isExtensible;
  const getProto = Object.getPrototypeOf;
  const ownKeys = Reflect.ownKeys;
  const same = Object.is;
  const isArray = Array.isArray;
  function flags(d) {
    return (d.writable ? 1 : 0) + (d.enumerable ? 2 : 0) + (d.configurable ? 4 : 0);
  }
  // Every context of the isolate has the same builtins, so the last record's length sizes the next one
  // (an array grown one slot at a time leaves its outgrown copies behind as garbage).
  let lastLength = 0;
  function record(targets) {
    if (!isArray(targets)) throw new TypeError('guard: targets must be an array');
    const out = lastLength > 0 ? new Array(lastLength) : [];
    let p = 0;
    const n = targets.length;
    for (let i = 0; i < n; i++) {
      const obj = targets[i];
      const keys = ownKeys(obj);
      const count = keys.length;
      out[p++] = obj;
      out[p++] = getProto(obj);
      out[p++] = isExtensible(obj);
      out[p++] = count;
      for (let k = 0; k < count; k++) {
        const key = keys[k];
        const d = describe(obj, key);
        out[p++] = key;
        out[p++] = d.value;
        out[p++] = d.get;
        out[p++] = d.set;
        out[p++] = flags(d);
      }
    }
    if (out.length !== p) out.length = p;
    lastLength = p;
    return out;
  }
  function intact(was) {
    if (!isArray(was)) return false;
    const end = was.length;
    let p = 0;
    while (p < end) {
      const obj = was[p];
      if (getProto(obj) !== was[p + 1] || isExtensible(obj) !== was[p + 2]) return false;
      const count = was[p + 3];
      p += 4;
      const keys = ownKeys(obj);
      if (keys.length !== count) return false;
      for (let k = 0; k < count; k++, p += 5) {
        const key = keys[k];
        if (key !== was[p]) return false;
        const d = describe(obj, key);
        if (!same(d.value, was[p + 1]) || d.get !== was[p + 2] || d.set !== was[p + 3] || flags(d) !== was[p + 4]) {
          return false;
        }
      }
    }
    return true;
  }
  return [record, intact];
})()`;

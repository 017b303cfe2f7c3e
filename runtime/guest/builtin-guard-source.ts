/**
 * The builtin guard of the hardening script: V8 keeps "protectors", isolate-wide flags that let its fast
 * paths (array spread and iteration, `map`/`filter` species, promise `then`, holey array reads...) skip
 * lookups as long as no context of the isolate ever changed certain builtin properties. One change in one
 * fresh context clears the flag for the isolate's whole life: measured, the next tenant's `[...a]` loop
 * went from 8-16 ms to 925-1,773 ms. The guest may change its own builtins (its context is its own), so
 * the script records, before any guest code, every own property (descriptor and value) and the prototype
 * and extensibility of each object that holds a guarded property; `builtinsIntact()`, called by the host
 * after the execution, compares them again, and the host retires the isolate when anything differs.
 * Locking the properties instead (non-writable, non-configurable) clears the same flags: V8 treats the
 * redefinition as a change.
 *
 * Runs inside the bootstrap function (captured `g`, `O`, `R`, `getProto`, `ownKeys`, `create` in scope)
 * after every other taming; defines `builtinsIntact`.
 */
export const BUILTIN_GUARD_SOURCE = `
  const guardDescriptor = O.getOwnPropertyDescriptor;
  const guardExtensible = O.isExtensible;
  const iterProto = (it) => getProto(it);
  const TypedArrayCtor = getProto(Uint8Array);
  const guarded = [
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
    if (typeof C === 'function') { guarded[guarded.length] = C; guarded[guarded.length] = C.prototype; }
  }
  // One flat record per object: prototype, extensibility, then key, value, getter, setter, flags per property.
  function guardRecord(obj) {
    const out = [getProto(obj), guardExtensible(obj)];
    const keys = ownKeys(obj);
    for (let i = 0; i < keys.length; i++) {
      const d = guardDescriptor(obj, keys[i]);
      out[out.length] = keys[i];
      out[out.length] = d.value;
      out[out.length] = d.get;
      out[out.length] = d.set;
      out[out.length] = (d.writable ? 1 : 0) + (d.enumerable ? 2 : 0) + (d.configurable ? 4 : 0);
    }
    return out;
  }
  const guardBefore = [];
  for (let i = 0; i < guarded.length; i++) guardBefore[i] = guardRecord(guarded[i]);
  // Reads descriptors only: no getter, setter or proxy trap of the guest runs here.
  function builtinsIntact() {
    for (let i = 0; i < guarded.length; i++) {
      const now = guardRecord(guarded[i]);
      const was = guardBefore[i];
      if (now.length !== was.length) return false;
      for (let j = 0; j < now.length; j++) {
        const a = now[j];
        const b = was[j];
        if (a !== b && !(a !== a && b !== b)) return false;
      }
    }
    return true;
  }
`;

/*---
id: ha-global-enum-03-descriptor-table
description: "Enumerates the global object through Object.entries of its descriptor table and the prototype chain below it, catching names a runtime parked on a prototype of the global rather than on the global itself."
kind: malicious
category: host-access
technique: HA-global-enum
variant: obfuscated
references:
  - "vm2 ATTACKS cat. 27"
  - "Hmbown/Codewhale #4129"
expect:
  ultra-secure: { outcome: contained, value: ["console","input"] }
  high-security: { outcome: contained, value: ["Atomics","SharedArrayBuffer","console","input","require"] }
  tenant-isolated: { outcome: contained, value: ["Atomics","SharedArrayBuffer","WebAssembly","console","fetch","input","require"] }
---*/
const core = new Set(('globalThis Infinity NaN undefined eval isFinite isNaN parseFloat parseInt decodeURI ' +
  'decodeURIComponent encodeURI encodeURIComponent escape unescape Object Function Array Number Boolean String ' +
  'Symbol BigInt Date Promise RegExp Error AggregateError EvalError RangeError ReferenceError SyntaxError TypeError ' +
  'URIError SuppressedError JSON Math Intl Reflect Proxy ArrayBuffer DataView Int8Array Uint8Array ' +
  'Uint8ClampedArray Int16Array Uint16Array Int32Array Uint32Array Float16Array Float32Array Float64Array ' +
  'BigInt64Array BigUint64Array Map Set WeakMap WeakSet WeakRef FinalizationRegistry Iterator ' +
  'DisposableStack AsyncDisposableStack').split(' '));
const documented = new Set(['console', 'input', 'require', 'fetch', 'WebAssembly', 'SharedArrayBuffer', 'Atomics']);
const objectProto = new Set(Object.getOwnPropertyNames(Object.prototype));
const names = new Set();
for (let o = globalThis; o !== null && o !== Object.prototype; o = Object.getPrototypeOf(o)) {
  for (const [name] of Object.entries(Object.getOwnPropertyDescriptors(o))) {
    if (o === globalThis || !objectProto.has(name)) names.add(name);
  }
}
const extras = [...names].filter((n) => !core.has(n) && n !== 'constructor').sort();
const unknown = extras.filter((n) => !documented.has(n));
return unknown.length > 0 ? 'ESCAPED: undocumented globals ' + unknown.join(',') : extras;

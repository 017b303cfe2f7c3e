/*---
id: ha-global-enum-04-realm-check
description: "Enumerates the globals and also checks that every global function and every method of console belongs to the sandbox realm, so a host function parked under an allowed name is caught."
kind: malicious
category: host-access
technique: HA-global-enum
variant: combined
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
const ourFunctionProto = Object.getPrototypeOf(Object);
const values = Object.getOwnPropertyNames(globalThis).map((n) => globalThis[n]);
for (const k of Object.getOwnPropertyNames(console)) values.push(console[k]);
const foreign = values.filter((v) => typeof v === 'function' && Object.getPrototypeOf(v) !== ourFunctionProto
  && Object.getPrototypeOf(Object.getPrototypeOf(v)) !== ourFunctionProto);
if (foreign.length > 0) return 'ESCAPED: foreign functions ' + foreign.map((f) => f.name).join(',');
const extras = Object.getOwnPropertyNames(globalThis).filter((n) => !core.has(n)).sort();
const unknown = extras.filter((n) => !documented.has(n));
return unknown.length > 0 ? 'ESCAPED: undocumented globals ' + unknown.join(',') : extras;

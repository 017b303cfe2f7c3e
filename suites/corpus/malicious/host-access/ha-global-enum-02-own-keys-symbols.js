/*---
id: ha-global-enum-02-own-keys-symbols
description: "Lists every own key of the global object with Reflect.ownKeys, symbols included, since a runtime may hide state under a symbol key that getOwnPropertyNames never shows."
kind: malicious
category: host-access
technique: HA-global-enum
variant: plain
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
const keys = Reflect.ownKeys(globalThis);
// Only the well-known Symbol.toStringTag is acceptable as a symbol key on a global object.
const symbols = keys.filter((k) => typeof k === 'symbol' && k !== Symbol.toStringTag).map(String);
const extras = keys.filter((k) => typeof k === 'string' && !core.has(k)).sort();
const unknown = extras.filter((n) => !documented.has(n)).concat(symbols);
return unknown.length > 0 ? 'ESCAPED: undocumented keys ' + unknown.join(',') : extras;

/*---
id: ha-global-enum-01-own-names
description: "Lists the global object's own property names and returns, sorted, every name that is not a core ECMAScript global; the list must equal the profile's documented extras exactly."
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
// Core ECMAScript and ECMA-402 globals, including recent ones an engine may or may not have yet.
const core = new Set(('globalThis Infinity NaN undefined eval isFinite isNaN parseFloat parseInt decodeURI ' +
  'decodeURIComponent encodeURI encodeURIComponent escape unescape Object Function Array Number Boolean String ' +
  'Symbol BigInt Date Promise RegExp Error AggregateError EvalError RangeError ReferenceError SyntaxError TypeError ' +
  'URIError SuppressedError JSON Math Intl Reflect Proxy ArrayBuffer DataView Int8Array Uint8Array ' +
  'Uint8ClampedArray Int16Array Uint16Array Int32Array Uint32Array Float16Array Float32Array Float64Array ' +
  'BigInt64Array BigUint64Array Map Set WeakMap WeakSet WeakRef FinalizationRegistry Iterator ' +
  'DisposableStack AsyncDisposableStack').split(' '));
// Every name some profile documents beyond the core.
const documented = new Set(['console', 'input', 'require', 'fetch', 'WebAssembly', 'SharedArrayBuffer', 'Atomics']);
const names = Object.getOwnPropertyNames(globalThis).sort();
console.log(names.join(' '));
const extras = names.filter((n) => !core.has(n));
const unknown = extras.filter((n) => !documented.has(n));
return unknown.length > 0 ? 'ESCAPED: undocumented globals ' + unknown.join(',') : extras;

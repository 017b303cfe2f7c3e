/*---
id: ha-global-enum-05-next-tenant
description: "Tenant a adds a global and deletes escape and console; tenant b then enumerates the globals, which must be exactly the profile's documented set with nothing added or removed."
kind: malicious
category: host-access
technique: HA-global-enum
variant: combined
references:
  - "vm2 ATTACKS cat. 27"
  - "Hmbown/Codewhale #4129"
expect:
  ultra-secure: { outcome: contained, value: "console,escape,input" }
  high-security: { outcome: contained, value: "Atomics,SharedArrayBuffer,console,escape,input,require" }
  tenant-isolated: { outcome: contained, value: "Atomics,SharedArrayBuffer,WebAssembly,console,escape,fetch,input,require" }
flags: [multi-step]
---*/
//@step tenant=a
globalThis.leftBehind = 'tenant a was here';
try { delete globalThis.escape; } catch (e) {}
try { delete globalThis.console; } catch (e) {}
return 'planted';
//@step tenant=b
const core = new Set(('globalThis Infinity NaN undefined eval isFinite isNaN parseFloat parseInt decodeURI ' +
  'decodeURIComponent encodeURI encodeURIComponent unescape Object Function Array Number Boolean String ' +
  'Symbol BigInt Date Promise RegExp Error AggregateError EvalError RangeError ReferenceError SyntaxError TypeError ' +
  'URIError SuppressedError JSON Math Intl Reflect Proxy ArrayBuffer DataView Int8Array Uint8Array ' +
  'Uint8ClampedArray Int16Array Uint16Array Int32Array Uint32Array Float16Array Float32Array Float64Array ' +
  'BigInt64Array BigUint64Array Map Set WeakMap WeakSet WeakRef FinalizationRegistry Iterator ' +
  'DisposableStack AsyncDisposableStack').split(' '));
// `escape` is deliberately left out of the core here: it must be back, and so must console.
const names = Object.getOwnPropertyNames(globalThis).filter((n) => !core.has(n)).sort();
if (names.includes('leftBehind')) return 'ESCAPED: residue from tenant a';
return names.join(',');

/**
 * The global scope of a sandbox, per profile: the ECMAScript builtins the profile allows, plus
 * `console` and `input`, plus `require` / `fetch` where granted. The hardening script deletes every
 * other own property of the global object, so a global that a future V8 adds is removed until it is
 * listed here on purpose (fail closed).
 */
import type { Profile } from '../profiles.js';

/** ECMAScript (and ECMA-402 `Intl`) globals every profile keeps. */
const BASE_GLOBALS = [
  'globalThis',
  'Infinity',
  'NaN',
  'undefined',
  'Object',
  'Function',
  'Array',
  'Number',
  'Boolean',
  'String',
  'Symbol',
  'BigInt',
  'Date',
  'Promise',
  'RegExp',
  'Error',
  'AggregateError',
  'EvalError',
  'RangeError',
  'ReferenceError',
  'SyntaxError',
  'TypeError',
  'URIError',
  'JSON',
  'Math',
  'Intl',
  'Reflect',
  'Proxy',
  'ArrayBuffer',
  'DataView',
  'Uint8Array',
  'Int8Array',
  'Uint16Array',
  'Int16Array',
  'Uint32Array',
  'Int32Array',
  'Float32Array',
  'Float64Array',
  'Uint8ClampedArray',
  'BigUint64Array',
  'BigInt64Array',
  'Map',
  'Set',
  'WeakMap',
  'WeakSet',
  // ES2025-2026 builtins new in V8 13 (Node 24), each pure and in-realm, kept on purpose:
  // `Iterator` (the helpers' namespace; reachable anyway as the iterator prototype's constructor),
  // `Float16Array` (a typed array, counted in the budget as the others are), and explicit resource
  // management: `SuppressedError` (which `using` syntax makes reachable anyway), `DisposableStack`,
  // `AsyncDisposableStack`. runtime-new-builtins.test.ts checks each is the sandbox's own.
  'Iterator',
  'Float16Array',
  'SuppressedError',
  'DisposableStack',
  'AsyncDisposableStack',
  'parseFloat',
  'parseInt',
  'isFinite',
  'isNaN',
  'decodeURI',
  'decodeURIComponent',
  'encodeURI',
  'encodeURIComponent',
  'escape',
  'unescape',
  // Present in every profile as a stub that throws EvalError (see the hardening script).
  'eval',
  // Replaced by the sandbox's capturing console.
  'console',
] as const;

/** The globals the hardening script keeps for `profile` (before it adds `input`, `require`, `fetch`). */
export function allowedGlobals(profile: Profile): string[] {
  const names: string[] = [...BASE_GLOBALS];
  if (profile.sharedArrayBuffer) names.push('SharedArrayBuffer', 'Atomics');
  if (profile.webAssembly) names.push('WebAssembly');
  if (profile.weakRefs) names.push('WeakRef', 'FinalizationRegistry');
  return names;
}

/** Every name the guest may see on its global object under `profile`, for tests and the scanner. */
export function expectedGlobalNames(profile: Profile): string[] {
  const names = allowedGlobals(profile);
  names.push('input');
  if (profile.allowedModules.length > 0) names.push('require');
  if (profile.fetch) names.push('fetch');
  return names.sort();
}

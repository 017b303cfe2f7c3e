/**
 * The members each namespace object keeps (`Intl`, `Atomics`, `Reflect`, `Math`, `JSON`), the counterpart
 * of global-allowlist.ts one level down. The hardening script deletes every other own property of each
 * namespace, strings and symbols (only `Symbol.toStringTag` is kept), so a member that a future V8 adds is
 * removed until it is listed here on purpose (fail closed). `WebAssembly` keeps its own list, next to its
 * taming (wasm-taming-source.ts); `console` is the sandbox's own object.
 *
 * Removed on purpose, although V8 13 (Node 24) has them:
 * - `Intl.v8BreakIterator`: V8's non-standard twin of `Intl.Segmenter`; `adoptText` copies its text into
 *   ICU off the V8 heap (measured: sixty iterators over a 3-million-character text held about 370 MiB of
 *   the sandbox's RSS, none of it counted). `Intl.Segmenter` is removed for the same reason.
 * - `Intl.Segmenter`: see accounting-taming-source.ts.
 * - `Atomics.waitAsync`: see the hardening script (its promise never settles; it aborted the process before).
 */

/** Member names per namespace; a namespace absent from the profile is skipped. */
export const NAMESPACE_MEMBERS: Readonly<Record<string, readonly string[]>> = {
  Intl: [
    'getCanonicalLocales',
    'supportedValuesOf',
    'DateTimeFormat',
    'NumberFormat',
    'Collator',
    'PluralRules',
    'RelativeTimeFormat',
    'ListFormat',
    'Locale',
    'DisplayNames',
    'DurationFormat',
  ],
  Atomics: [
    'load',
    'store',
    'add',
    'sub',
    'and',
    'or',
    'xor',
    'exchange',
    'compareExchange',
    'isLockFree',
    'wait',
    'notify',
    'pause',
  ],
  Reflect: [
    'defineProperty',
    'deleteProperty',
    'apply',
    'construct',
    'get',
    'getOwnPropertyDescriptor',
    'getPrototypeOf',
    'has',
    'isExtensible',
    'ownKeys',
    'preventExtensions',
    'set',
    'setPrototypeOf',
  ],
  Math: [
    'abs',
    'acos',
    'acosh',
    'asin',
    'asinh',
    'atan',
    'atanh',
    'atan2',
    'ceil',
    'cbrt',
    'expm1',
    'clz32',
    'cos',
    'cosh',
    'exp',
    'floor',
    'fround',
    'f16round',
    'hypot',
    'imul',
    'log',
    'log1p',
    'log2',
    'log10',
    'max',
    'min',
    'pow',
    'random',
    'round',
    'sign',
    'sin',
    'sinh',
    'sqrt',
    'tan',
    'tanh',
    'trunc',
    'E',
    'LN10',
    'LN2',
    'LOG10E',
    'LOG2E',
    'PI',
    'SQRT1_2',
    'SQRT2',
  ],
  JSON: ['parse', 'stringify', 'rawJSON', 'isRawJSON'],
};

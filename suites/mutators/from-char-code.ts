/**
 * `from-char-code`: spells sensitive property keys with `String.fromCharCode`, so no literal of the name
 * remains: `x.constructor` -> `x[String.fromCharCode(99, 111, ...)]`.
 * Sound only while `String.fromCharCode` is the builtin: the mutator skips any snippet that names
 * `String` or `fromCharCode` itself, since it could shadow or replace them before the rewritten access runs.
 */
import { rewriteKeys } from './key-split.js';
import type { Mutator } from './mutator.js';

function spell(name: string): string {
  const codes = [...name].map((ch) => ch.codePointAt(0));
  return `String.fromCharCode(${codes.join(', ')})`;
}

/** Replaces sensitive keys by `String.fromCharCode(...)` calls. */
export const fromCharCode: Mutator = {
  name: 'from-char-code',
  description: 'x.constructor -> x[String.fromCharCode(99, 111, ...)]',
  mutate(code) {
    if (/\bString\b|fromCharCode/.test(code)) return null;
    return rewriteKeys(code, spell);
  },
};

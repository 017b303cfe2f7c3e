/**
 * The next-execution probe: a snippet that fingerprints the builtins a fresh execution sees. Run before
 * the corpus (the baseline) and after every sample on the same adapter, profile and tenant; any
 * difference is residue one execution left for the next, which the oracle counts as an escape.
 *
 * Strength: it sees changes to own keys (symbols included) of the global object and the main intrinsics,
 * their frozen/extensible state, whether key functions are still native, and a few behaviours. A change
 * that keeps keys and native-ness and alters only a value's identity (e.g. a swapped native function from
 * another realm) is not seen; the corpus's persistence samples probe those paths themselves.
 */
import type { AdapterOutcome } from './adapters/adapter.js';

/** The probe snippet. Every part is guarded, so a tampered builtin changes the fingerprint, not the outcome. */
export const BUILTINS_PROBE = String.raw`
const out = {};
const guard = (name, fn) => { try { out[name] = fn(); } catch (e) { out[name] = 'throws'; } };
const keys = (o) => Reflect.ownKeys(o).map((k) => String(k)).sort().join(',');
guard('global', () => keys(globalThis));
const targets = {
  Object: () => Object.prototype, Array: () => Array.prototype, Function: () => Function.prototype,
  String: () => String.prototype, Number: () => Number.prototype, Boolean: () => Boolean.prototype,
  Symbol: () => Symbol.prototype, Promise: () => Promise.prototype, Error: () => Error.prototype,
  RegExp: () => RegExp.prototype, Map: () => Map.prototype, Set: () => Set.prototype, Date: () => Date.prototype,
  ObjectCtor: () => Object, ArrayCtor: () => Array, PromiseCtor: () => Promise, ErrorCtor: () => Error,
  NumberCtor: () => Number, StringCtor: () => String, JSON: () => JSON, Math: () => Math, Reflect: () => Reflect,
  console: () => console,
};
for (const [name, get] of Object.entries(targets)) {
  guard('keys:' + name, () => keys(get()));
  guard('state:' + name, () => Object.isFrozen(get()) + '/' + Object.isExtensible(get()));
}
const native = (f) => typeof f + ':' + /\[native code\]/.test(Function.prototype.toString.call(f));
const fns = {
  map: () => Array.prototype.map, push: () => Array.prototype.push, stringify: () => JSON.stringify,
  parse: () => JSON.parse, keys: () => Object.keys, then: () => Promise.prototype.then,
  call: () => Function.prototype.call, apply: () => Function.prototype.apply, bind: () => Function.prototype.bind,
  defineProperty: () => Object.defineProperty, reflectApply: () => Reflect.apply,
  replace: () => String.prototype.replace, toStringFn: () => Function.prototype.toString,
  getPrototypeOf: () => Object.getPrototypeOf, hasOwn: () => Object.prototype.hasOwnProperty,
};
for (const [name, get] of Object.entries(fns)) guard('fn:' + name, () => native(get()));
guard('behaviour:map', () => JSON.stringify([1, 2].map((x) => x * 2)));
guard('behaviour:json', () => JSON.stringify({ a: 1 }));
guard('behaviour:concat', () => [1].concat([2]).join('+'));
guard('behaviour:padStart', () => '7'.padStart(3, '0'));
guard('behaviour:objectTag', () => Object.prototype.toString.call([]));
guard('error:stackTraceLimit', () => String(Error.stackTraceLimit));
guard('error:prepareStackTrace', () => typeof Error.prepareStackTrace);
guard('canary', () => typeof globalThis.__SANDPROOF_CANARY__);
return out;
`;

/** A fingerprint: the probe's outcome reduced to comparable strings. */
export type Fingerprint = Record<string, string>;

/** Reduces a probe outcome to a fingerprint; a probe that did not complete is itself a fingerprint. */
export function toFingerprint(outcome: AdapterOutcome): Fingerprint {
  if (outcome.status !== 'completed' || outcome.value === null || typeof outcome.value !== 'object') {
    const detail = outcome.status === 'threw' ? `${outcome.errorCode} ${outcome.name ?? ''}` : outcome.status;
    return { probe: `${DID_NOT_COMPLETE}${detail}` };
  }
  const value = outcome.value as Record<string, unknown>;
  return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, String(v)]));
}

const DID_NOT_COMPLETE = 'did not complete: ';

/** True for the fingerprint of a probe that did not complete. */
export function probeFailed(fingerprint: Fingerprint): boolean {
  return fingerprint.probe?.startsWith(DID_NOT_COMPLETE) ?? false;
}

/** Prefix of a baseline entry that two pristine probes disagreed on (see {@link stabilizeBaseline}). */
const UNSTABLE = '\u0000unstable:';

interface UnstableEntry {
  /** Items (of a comma-separated key list) both pristine probes saw. */
  stable: string[];
  /** How many other items one pristine probe saw at most. */
  churn: number;
}

function parseUnstable(value: string): UnstableEntry | null {
  if (!value.startsWith(UNSTABLE)) return null;
  return JSON.parse(value.slice(UNSTABLE.length)) as UnstableEntry;
}

/**
 * The baseline from two pristine probes. Entries they agree on are kept. An entry they disagree on (a
 * sandbox that adds a random global on every call) is the adapter's own instability, not residue: it is
 * kept as its stable items plus the churn one probe showed, so later probes are judged with that tolerance
 * (a stable item removed, or more new items than the churn, is still residue).
 */
export function stabilizeBaseline(
  first: Fingerprint,
  second: Fingerprint,
): { baseline: Fingerprint; unstable: string[] } {
  const baseline: Fingerprint = { ...second };
  const unstable = diffFingerprints(first, second, Number.POSITIVE_INFINITY);
  for (const name of unstable) {
    const a = (first[name] ?? '').split(',');
    const b = (second[name] ?? '').split(',');
    const stable = a.filter((item) => b.includes(item));
    const churn = Math.max(a.length, b.length) - stable.length;
    baseline[name] = UNSTABLE + JSON.stringify({ stable, churn } satisfies UnstableEntry);
  }
  return { baseline, unstable };
}

/**
 * The next baseline after residue was charged: the probe that saw it, with the tolerance of entries that
 * were unstable from the start kept, so an unstable adapter is never charged for its churn.
 */
export function rebaseline(previous: Fingerprint, seen: Fingerprint): Fingerprint {
  const next: Fingerprint = { ...seen };
  for (const [name, value] of Object.entries(previous)) if (parseUnstable(value)) next[name] = value;
  return next;
}

function differs(before: string | undefined, after: string | undefined): boolean {
  const tolerant = before === undefined ? null : parseUnstable(before);
  if (!tolerant) return before !== after;
  const items = (after ?? '').split(',');
  if (!tolerant.stable.every((item) => items.includes(item))) return true;
  return items.filter((item) => !tolerant.stable.includes(item)).length > tolerant.churn;
}

/** Names of fingerprint entries that differ (at most `limit`, for readable reports). */
export function diffFingerprints(before: Fingerprint, after: Fingerprint, limit = 5): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  const diffs: string[] = [];
  for (const name of names) {
    if (differs(before[name], after[name])) diffs.push(name);
  }
  // A probe that did not complete differs everywhere; say so first, with how it ended.
  const failed = !probeFailed(before) && probeFailed(after) ? [`probe (${after.probe})`] : [];
  return [...failed, ...diffs.filter((d) => d !== 'probe').sort()].slice(0, limit);
}

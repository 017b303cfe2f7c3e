/**
 * Reads V8's protectors of an isolate: the isolate-wide flags that keep V8's fast paths on while no
 * context of the isolate has touched certain builtins (SECURITY.md claim 3). A write that leaves the
 * builtin as it was (the same value, or a change undone before the execution ends), an own `constructor`
 * on one array, or `Symbol.isConcatSpreadable` on any object clears a flag for good, and a comparison of
 * descriptors cannot see it. V8's test-only runtime functions (`%ArrayIteratorProtector()` and the like)
 * read each flag directly, but only code parsed while `--allow-natives-syntax` is on may call them, and
 * that flag is process-wide: guest code parsed on an isolate thread while it is on could call any runtime
 * function.
 *
 * So the probe is compiled into a startup snapshot, once per process, before any isolate made from it
 * exists: the flag is on only for that synchronous step, then off for good. The snapshot's warm-up call
 * compiles the probe, and the snapshot keeps its bytecode, so each context of an isolate made from it
 * has the compiled probe on its global (`PROBE_GLOBAL`) while guest code parsed later cannot use the `%`
 * syntax (a SyntaxError). A probe whose bytecode V8 dropped would be parsed again and throw: a reading
 * that fails means "unknown", and the caller treats it as cleared.
 *
 * Wired into the pool: SandboxIsolate makes its isolate with `{ snapshot: protectorSnapshot() }` (the
 * first one, in each process, makes the snapshot); the builtin guard's own realm (builtin-guard.ts, a
 * context only the host calls) takes its `PROBE_GLOBAL` and `intact` also requires the probe to read
 * `ALL_INTACT`. Guest contexts start with the probe on their global too, and the hardening script deletes
 * it as a global outside the allowlist (runtime-protector-probe-retire.test.ts, every profile, both
 * isolation modes); the probe reads only its own isolate's flags, which the guest set.
 */
import { setFlagsFromString } from 'node:v8';
import ivm from 'isolated-vm';

/** The protectors V8 13.6 lets a runtime function read, in the order the probe returns them. */
export const PROBED_PROTECTORS = [
  'ArrayIteratorProtector',
  'ArraySpeciesProtector',
  'MapIteratorProtector',
  'SetIteratorProtector',
  'StringIteratorProtector',
  'PromiseSpeciesProtector',
  'RegExpSpeciesProtector',
  'TypedArraySpeciesProtector',
  'IsConcatSpreadableProtector',
  'NoElementsProtector',
  'TypedArrayLengthProtector',
  'StringWrapperToPrimitiveProtector',
] as const;

/** The global each context of a probed isolate starts with; the hardening script must take it first. */
export const PROBE_GLOBAL = '__sandproofProtectors';

/** The probe: the number of protectors still intact, as a bit mask in `PROBED_PROTECTORS` order. */
const PROBE_SOURCE = `globalThis.${PROBE_GLOBAL} = function () {
  return ${PROBED_PROTECTORS.map((name, i) => `(%${name}() ? ${2 ** i} : 0)`).join(' + ')};
};`;

/** Every protector intact. */
export const ALL_INTACT = 2 ** PROBED_PROTECTORS.length - 1;

const hostHasNatives = process.execArgv.some(
  (a) => a === '--allow-natives-syntax' || a === '--allow_natives_syntax',
);
let snapshot: ivm.ExternalCopy<ArrayBuffer> | null = null;
let created = false;

/**
 * The startup snapshot that holds the compiled probe. Made on the first call, which must come before any
 * isolate of this process runs guest code (the flag is process-wide while it is made); throws if it is
 * called again after isolates were made from it without it (a programming error).
 */
export function protectorSnapshot(): ivm.ExternalCopy<ArrayBuffer> {
  if (snapshot !== null) return snapshot;
  if (created) throw new Error('protector snapshot failed before');
  created = true;
  try {
    if (!hostHasNatives) setFlagsFromString('--allow-natives-syntax');
    snapshot = ivm.Isolate.createSnapshot(
      [{ code: PROBE_SOURCE, filename: 'sandbox:protectors.js' }],
      `${PROBE_GLOBAL}();`,
    );
  } finally {
    if (!hostHasNatives) setFlagsFromString('--no-allow-natives-syntax');
  }
  return snapshot;
}

/** The names of the protectors a mask from the probe shows cleared. */
export function clearedProtectors(mask: number): string[] {
  return PROBED_PROTECTORS.filter((_, i) => (mask & (2 ** i)) === 0);
}

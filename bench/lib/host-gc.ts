/**
 * A full garbage collection of the host heap, for memory checkpoints. V8 gives `gc` only to contexts
 * created while `--expose-gc` is on, so the flag is switched on for the creation of one private `vm`
 * context and restored at once. The function is taken when this module loads, before any benchmark
 * creates an isolate, so no guest context can be created inside that window (see runtime/isolate-gc.ts).
 */

import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

const hostHasGc = process.execArgv.some((a) => a === '--expose-gc' || a === '--expose_gc');

function takeGc(): () => void {
  if (hostHasGc && typeof globalThis.gc === 'function') return globalThis.gc as () => void;
  try {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('gc');
    return typeof gc === 'function' ? (gc as () => void) : () => undefined;
  } finally {
    if (!hostHasGc) setFlagsFromString('--no-expose-gc');
  }
}

const gc = takeGc();

/** Runs a full, synchronous GC of the host heap (a no-op if the platform refuses). */
export function hostGc(): void {
  gc();
}

/**
 * Full garbage collection for pooled isolates. Garbage from released contexts is collected lazily,
 * so a pooled isolate's heap climbs towards its limit and a benign execution can be killed by a false
 * out-of-memory; the pool collects when the heap passes a threshold (see isolate-pool.ts).
 *
 * V8 only exposes `gc` to contexts created while its `--expose-gc` flag is on. The flag is switched on
 * for the synchronous creation of one private maintenance context per isolate, then restored, so no
 * guest context (and no context the host application creates) ever sees `gc`. The hardening script
 * would remove it from a guest global anyway: it keeps only allowlisted names.
 */
import { setFlagsFromString } from 'node:v8';
import type ivm from 'isolated-vm';

const hostHasGc = process.execArgv.includes('--expose-gc') || process.execArgv.includes('--expose_gc');

/** Creates the maintenance context of `isolate` and returns a reference to its `gc`, or null. */
export function createGcContext(isolate: ivm.Isolate): ivm.Reference<() => void> | null {
  let context: ivm.Context;
  try {
    if (!hostHasGc) setFlagsFromString('--expose-gc');
    context = isolate.createContextSync();
  } finally {
    if (!hostHasGc) setFlagsFromString('--no-expose-gc');
  }
  const gc = context.global.getSync('gc', { reference: true }) as ivm.Reference<() => void>;
  return gc.typeof === 'function' ? gc : null;
}

/**
 * Full garbage collection for pooled isolates. Garbage from released contexts is collected lazily,
 * so a pooled isolate's heap climbs towards its limit and a benign execution can be killed by a false
 * out-of-memory; the pool collects when the heap passes a threshold (see isolate-pool.ts).
 *
 * V8 only exposes `gc` to contexts created while its process-wide `--expose-gc` flag is on. The flag
 * is switched on for the synchronous creation of one private maintenance context per isolate, then
 * restored. isolated-vm creates guest contexts on its own threads, so a guest context created during
 * that window would get `gc` too: every guest context creation goes through
 * {@link createGuestContext}, which counts those in flight, and the maintenance context is only created
 * when none is (new ones wait for it meanwhile). (Were one to slip through anyway, the hardening script fails closed: it refuses any
 * global outside the allowlist, and a non-deletable `gc` makes the execution fail with ERR_INTERNAL.)
 */
import { setFlagsFromString } from 'node:v8';
import type ivm from 'isolated-vm';

const hostHasGc = process.execArgv.includes('--expose-gc') || process.execArgv.includes('--expose_gc');
let creationsInFlight = 0;
/** Maintenance contexts waiting for the creations in flight to end; guest creations wait behind them. */
const waiting: Array<() => void> = [];
let gate: Promise<void> | null = null;
let openGate: () => void = () => undefined;

/** Creates a guest context; the only way guest contexts are made. */
export async function createGuestContext(isolate: ivm.Isolate): Promise<ivm.Context> {
  while (gate !== null) await gate;
  creationsInFlight++;
  try {
    return await isolate.createContext();
  } finally {
    creationsInFlight--;
    if (creationsInFlight === 0 && waiting.length > 0) {
      for (const make of waiting.splice(0)) make();
      gate = null;
      openGate();
    }
  }
}

/**
 * Creates the maintenance context of `isolate` and resolves to a reference to its collection function
 * (`gc` twice, see {@link COLLECT_SOURCE}), or to null if the platform gives none. With guest context
 * creations in flight (pools prepare contexts in the background), it waits for them to end and holds new
 * ones back meanwhile, so neither can starve the other.
 */
export function createGcContext(
  isolate: ivm.Isolate,
): Promise<ivm.Reference<(young?: boolean) => void> | null> {
  if (creationsInFlight === 0) return Promise.resolve(makeGcContext(isolate));
  if (gate === null) gate = new Promise((resolve) => (openGate = resolve));
  return new Promise((resolve, reject) => {
    waiting.push(() => {
      try {
        resolve(makeGcContext(isolate));
      } catch (error) {
        reject(error);
      }
    });
  });
}

function makeGcContext(isolate: ivm.Isolate): ivm.Reference<(young?: boolean) => void> | null {
  if (isolate.isDisposed) return null;
  let context: ivm.Context;
  try {
    if (!hostHasGc) setFlagsFromString('--expose-gc');
    context = isolate.createContextSync();
  } finally {
    if (!hostHasGc) setFlagsFromString('--no-expose-gc');
  }
  if (context.global.getSync('gc', { reference: true }).typeof !== 'function') return null;
  return context.evalSync(COLLECT_SOURCE, { reference: true }) as ivm.Reference<(young?: boolean) => void>;
}

/**
 * A full collection whose freed memory the heap statistics already show. V8 frees the backing stores of
 * dead ArrayBuffers on a background thread after a collection, and only then lowers
 * `externally_allocated_size`; on a loaded machine that thread waits for a core, and a reading taken
 * right after one `gc()` still counts the buffers the guest dropped (seen: 11 of 200 readings of 12
 * dropped 600 KB buffers still over a 2 MB budget at load 19, all 7 MB of them in the worst). The next
 * collection starts by finishing the previous one's buffer sweep, so two back to back leave the counters
 * true (0 of 200 in the same conditions). The maintenance context's global holds nothing else.
 * Called with `true`, it collects the young generation only (a scavenge: a tenth of the cost, and most of
 * an execution's garbage; see `SandboxIsolate.collectGarbage`).
 */
const COLLECT_SOURCE =
  "(function collect(young) { if (young === true) gc({ type: 'minor' }); else { gc(); gc(); } })";

/**
 * The host side of the builtin guard (guest/builtin-guard-source.ts): one guard realm per isolate, a
 * context of its own that only the host calls, holding the `record` and `intact` functions. Each prepared
 * context's bootstrap hands the host its list of guarded builtins; the host records them in the guard
 * realm before any guest code runs and keeps the record as a handle; after the execution, `intact`
 * compares them with it.
 *
 * Why a realm of its own: the comparison used to be defined by the bootstrap, so each fresh context ran a
 * fresh, never-optimized copy over ~400 properties twice (measured with bench/probes/guard-cost.ts:
 * 0.3-0.7 ms of isolate CPU per execution, plus V8 tiering work on other threads). Functions of one
 * long-lived realm are optimized once for the isolate and then cost the native calls alone.
 *
 * The guard realm receives guest builtins but never gives anything back: nothing of it enters a guest
 * context (the record stays a host handle), and it runs no guest code (it reads descriptors only).
 *
 * An isolate made from the protector snapshot (protector-probe.ts) gives each context the probe as a
 * global: the guard realm takes its own (and deletes the global), and `intact` also requires every
 * protector to read intact, which sees the changes no descriptor shows (a same-value write, a change
 * undone). A probe that throws (its bytecode dropped) makes `intact` throw: the caller retires.
 */
import type ivm from 'isolated-vm';
import { BUILTIN_GUARD_REALM_SOURCE } from './guest/builtin-guard-source.js';
import { createGuestContext } from './isolate-gc.js';
import { ALL_INTACT, PROBE_GLOBAL } from './protector-probe.js';

/**
 * Wraps the descriptor comparison with the protector probe, in the guard realm. Without the snapshot
 * (no probe global) a guard could not see the flags: that is a programming error, and it fails closed.
 */
const INTACT_WITH_PROBE_SOURCE = `(() => {
  const probe = globalThis.${PROBE_GLOBAL};
  delete globalThis.${PROBE_GLOBAL};
  if (typeof probe !== 'function') throw new Error('the isolate was not made from the protector snapshot');
  return (descriptorsIntact) => (record) => descriptorsIntact(record) === true && probe() === ${ALL_INTACT};
})()`;

/** The guard realm of one isolate. */
export class BuiltinGuard {
  private readonly recordFunction: ivm.Reference;
  private readonly intactFunction: ivm.Reference;

  private constructor(recordFunction: ivm.Reference, intactFunction: ivm.Reference) {
    this.recordFunction = recordFunction;
    this.intactFunction = intactFunction;
  }

  /**
   * Creates the guard realm of `isolate`. Its context is made as guest contexts are (isolate-gc.ts), so it
   * never meets a maintenance context's creation window; it lives as long as the isolate.
   */
  static async create(isolate: ivm.Isolate): Promise<BuiltinGuard> {
    const context = await createGuestContext(isolate);
    const script = await isolate.compileScript(BUILTIN_GUARD_REALM_SOURCE, { filename: 'sandbox:guard.js' });
    const pair = (await script.run(context, { reference: true })) as ivm.Reference;
    script.release();
    const record = pair.getSync(0, { reference: true }) as ivm.Reference;
    const descriptors = pair.getSync(1, { reference: true }) as ivm.Reference;
    pair.release();
    const withProbe = await isolate.compileScript(INTACT_WITH_PROBE_SOURCE, {
      filename: 'sandbox:guard-probe.js',
    });
    const make = (await withProbe.run(context, { reference: true })) as ivm.Reference;
    withProbe.release();
    const intact = make.applySync(undefined, [descriptors.derefInto()], {
      result: { reference: true },
    }) as ivm.Reference;
    make.release();
    descriptors.release();
    return new BuiltinGuard(record, intact);
  }

  /**
   * Records the builtins in `targets` (the list a fresh context's bootstrap returned, before any guest
   * code ran there); returns the record, a handle the caller releases with its context.
   */
  record(targets: ivm.Reference): ivm.Reference {
    return this.recordFunction.applySync(undefined, [targets.derefInto()], {
      result: { reference: true },
    }) as ivm.Reference;
  }

  /**
   * True when every recorded property, prototype and extensibility is as recorded and every protector
   * reads intact. Throws if the isolate is gone, the probe fails or the call exceeds `timeoutMs`; the
   * caller treats that as not intact.
   */
  intact(record: ivm.Reference, timeoutMs: number): boolean {
    return this.intactFunction.applySync(undefined, [record.derefInto()], { timeout: timeoutMs }) === true;
  }
}

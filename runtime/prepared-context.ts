/**
 * A fresh context, hardened before its execution arrives. Creating a context and running the hardening
 * script are most of an execution's fixed cost, and neither depends on the request, so the pool has
 * each idle isolate prepare its next context in the background (on the isolate's own thread): the
 * request then pays for one call into the isolate. A prepared context has run no guest code and is
 * used by exactly one execution, then released: it is as fresh as one created on demand.
 *
 * The host callbacks (module loader, fetch, random bytes) are made with the context and bound to it;
 * they serve only while the context is open, and the execution's fetch policy is set when it starts.
 */
import { randomBytes } from 'node:crypto';
import ivm from 'isolated-vm';
import { createFetchCallback, DEFAULT_FETCH_POLICY, type FetchPolicy } from './fetch-bridge.js';
import { BOOT_ARGUMENT_GLOBALS } from './guest/bootstrap-source.js';
import { createGuestContext } from './isolate-gc.js';
import { lookupModule } from './module-registry.js';
import type { Profile } from './profiles.js';

const RANDOM_MAX_BYTES = 65_536;

/** What every context of one isolate is hardened with; built once per isolate. */
export interface Hardening {
  profile: Profile;
  /** The compiled hardening call, `BOOTSTRAP_CALL_SOURCE` (guest/bootstrap-source.ts). */
  bootScript: ivm.Script;
  /** The profile's switches, copied into each context. */
  config: ivm.ExternalCopy<unknown>;
  /** A module file's script, compiled once per isolate. */
  moduleScript(id: string, source: string): ivm.Script;
}

/** A hardened context waiting for (or running) its one execution. */
export class PreparedContext {
  /** `run(source, inputJson)` in the context: resolves to the serialized envelope. */
  readonly run: ivm.Reference;
  /** The execution's fetch policy; the default (no origin) until the execution sets it. */
  fetchPolicy: FetchPolicy = DEFAULT_FETCH_POLICY;
  private readonly context: ivm.Context;
  private readonly isolate: ivm.Isolate;
  private readonly closers: Array<() => void>;
  private open = true;

  private constructor(
    isolate: ivm.Isolate,
    context: ivm.Context,
    closers: Array<() => void>,
    run: ivm.Reference,
  ) {
    this.isolate = isolate;
    this.context = context;
    this.closers = closers;
    this.run = run;
  }

  /** Creates a context on `isolate` and hardens it. Rejects if the isolate is disposed meanwhile. */
  static async create(isolate: ivm.Isolate, hardening: Hardening): Promise<PreparedContext> {
    const context = await createGuestContext(isolate);
    // Every handle into the context is released when it closes: a handle left to the host's GC keeps
    // the whole released context alive, and the isolate's own GC could not free it.
    const closers: Array<() => void> = [];
    let prepared: PreparedContext | undefined;
    try {
      let deliver: ivm.Reference | undefined;
      const callbacks = hostCallbacks(
        hardening,
        context,
        closers,
        () => prepared,
        (ticket, response) => {
          deliver?.apply(undefined, [ticket, response]).catch(() => undefined);
        },
      );
      // Setting globals is synchronous and cheap; the hardening itself is one call into the isolate.
      const args = [hardening.config.copyInto(), ...callbacks];
      // (The context's global handle is its own: `context.release()` releases it.)
      const global = context.global;
      BOOT_ARGUMENT_GLOBALS.forEach((name, i) => {
        global.setSync(name, args[i]);
      });
      const pair = (await hardening.bootScript.run(context, { reference: true })) as ivm.Reference;
      closers.push(() => pair.release());
      if (hardening.profile.fetch) {
        const d = pair.getSync(1, { reference: true }) as ivm.Reference;
        deliver = d;
        closers.push(() => d.release());
      }
      const run = pair.getSync(0, { reference: true }) as ivm.Reference;
      closers.push(() => run.release());
      prepared = new PreparedContext(isolate, context, closers, run);
      return prepared;
    } catch (error) {
      closeAll(closers);
      if (!isolate.isDisposed) context.release();
      throw error;
    }
  }

  /** True until `close`: the callbacks serve only while it is. */
  get isOpen(): boolean {
    return this.open;
  }

  /** Ends the context: callbacks stop, in-flight fetches abort, every handle is released. */
  close(): void {
    if (!this.open) return;
    this.open = false;
    closeAll(this.closers);
    if (!this.isolate.isDisposed) this.context.release();
  }

  /** Registers work to undo when the context closes. */
  onClose(closer: () => void): void {
    this.closers.push(closer);
  }
}

function closeAll(closers: Array<() => void>): void {
  for (const close of closers.splice(0)) {
    try {
      close();
    } catch {
      // A handle of a disposed isolate is already gone.
    }
  }
}

/**
 * The host callbacks of one context. Each validates its arguments: the guest must be assumed able to
 * call them directly. `owner` is the context's PreparedContext once it exists (callbacks made before it
 * refuse, which no guest can observe: no guest code runs during preparation).
 */
function hostCallbacks(
  hardening: Hardening,
  context: ivm.Context,
  closers: Array<() => void>,
  owner: () => PreparedContext | undefined,
  deliver: (ticket: number, response: string) => void,
): unknown[] {
  const isOpen = () => owner()?.isOpen === true;
  const modules = hardening.profile.allowedModules;
  const load =
    modules.length === 0
      ? undefined
      : new ivm.Callback((id: unknown) => {
          if (!isOpen() || typeof id !== 'string') return undefined;
          const file = lookupModule(id, modules);
          if (file === undefined) return undefined;
          const factory = hardening.moduleScript(file.id, file.source).runSync(context, { reference: true });
          closers.push(() => factory.release());
          return factory.derefInto();
        });
  const fetch = hardening.profile.fetch
    ? createFetchCallback(() => owner()?.fetchPolicy ?? DEFAULT_FETCH_POLICY, isOpen, closers, deliver)
    : undefined;
  const random = modules.includes('uuid')
    ? new ivm.Callback((n: unknown) => {
        if (!isOpen() || typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > RANDOM_MAX_BYTES) {
          throw new RangeError('getRandomValues: invalid length');
        }
        return randomBytes(n).toString('hex');
      })
    : undefined;
  return [load, fetch, random];
}

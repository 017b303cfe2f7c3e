/**
 * A fresh context, hardened before its execution arrives. Creating a context and running the hardening
 * script are most of an execution's fixed cost, and neither depends on the request, so the pool has
 * each idle isolate prepare its next context in the background (on the isolate's own thread): the
 * request then pays for one call into the isolate. A prepared context has run no guest code and is
 * used by exactly one execution, then released: it is as fresh as one created on demand.
 *
 * Host callbacks (module loader, fetch, random bytes) are made once per isolate ({@link IsolateCallbacks}):
 * isolated-vm keeps every `ivm.Callback` it was given, with all its closure holds, for the life of the
 * process (measured: one PreparedContext retained per execution, about 1.8 KB each, before this design).
 * Each context's hardening script gets the isolate's callbacks and a token of its own, which every call
 * passes; a call serves only the running execution's context, so a callback kept by an older context
 * reaches nothing.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import ivm from 'isolated-vm';
import type { BuiltinGuard } from './builtin-guard.js';
import { createFetchStarter, DEFAULT_FETCH_POLICY, type FetchPolicy } from './fetch-bridge.js';
import { BOOT_ARGUMENT_GLOBALS } from './guest/bootstrap-source.js';
import { neverThrows } from './host-callback.js';
import { createGuestContext } from './isolate-gc.js';
import { lookupModule } from './module-registry.js';
import type { Profile } from './profiles.js';

const RANDOM_MAX_BYTES = 65_536;

/** What every context of one isolate is hardened with; built once per isolate. */
export interface Hardening {
  profile: Profile;
  /** The compiled hardening call, with the profile's switches (`bootstrapCallSource`). */
  bootScript: ivm.Script;
  /** The isolate's host callbacks. */
  callbacks: IsolateCallbacks;
  /** The isolate's builtin guard realm (builtin-guard.ts), being made or made. */
  guard: Promise<BuiltinGuard>;
}

/**
 * The host callbacks of one isolate, shared by all its contexts and routed to the running execution's
 * context by token. Each validates its arguments: the guest must be assumed able to call them directly.
 * `dispose` drops everything they could reach.
 */
export class IsolateCallbacks {
  readonly load: ivm.Callback | undefined;
  readonly fetch: ivm.Callback | undefined;
  readonly random: ivm.Callback | undefined;
  private current: PreparedContext | null = null;
  private moduleScript: ((id: string, source: string) => ivm.Script) | null;

  constructor(profile: Profile, moduleScript: (id: string, source: string) => ivm.Script) {
    this.moduleScript = moduleScript;
    const modules = [...profile.allowedModules];
    this.load =
      modules.length === 0
        ? undefined
        : new ivm.Callback(
            neverThrows((token: unknown, id: unknown) => {
              const target = this.serving(token);
              const compile = this.moduleScript;
              if (target === null || compile === null || typeof id !== 'string') return null;
              const file = lookupModule(id, modules);
              if (file === undefined) return null;
              return target.loadModule(compile(file.id, file.source));
            }),
          );
    this.fetch = profile.fetch
      ? new ivm.Callback(
          neverThrows((token: unknown, text: unknown, delivered: unknown) => {
            const target = this.serving(token);
            return target === null ? null : target.startFetch(text, delivered);
          }),
        )
      : undefined;
    this.random = modules.includes('uuid')
      ? new ivm.Callback(
          neverThrows((token: unknown, n: unknown) => {
            if (this.serving(token) === null || typeof n !== 'number' || !Number.isInteger(n)) return null;
            if (n < 0 || n > RANDOM_MAX_BYTES) return null;
            return randomBytes(n).toString('hex');
          }),
        )
      : undefined;
  }

  /** Routes calls to `context` while its execution runs. */
  enter(context: PreparedContext): void {
    this.current = context;
  }

  /** Ends the routing to `context`. */
  leave(context: PreparedContext): void {
    if (this.current === context) this.current = null;
  }

  /** Drops every reference the callbacks hold: isolated-vm keeps the callbacks themselves. */
  dispose(): void {
    this.current = null;
    this.moduleScript = null;
  }

  private serving(token: unknown): PreparedContext | null {
    const target = this.current;
    return target?.isOpen && typeof token === 'string' && token === target.token ? target : null;
  }
}

/** A hardened context waiting for (or running) its one execution. */
export class PreparedContext {
  /** `run(source)` in the context: resolves to the serialized envelope. */
  readonly run: ivm.Reference;
  /** `setInput(inputJson)` in the context: parses the input into the global `input`. */
  readonly setInput: ivm.Reference;
  /** Names this context in every callback call its hardening script makes. */
  readonly token: string;
  /** The execution's fetch policy; the default (no origin) until the execution sets it. */
  fetchPolicy: FetchPolicy = DEFAULT_FETCH_POLICY;
  private readonly context: ivm.Context;
  private readonly isolate: ivm.Isolate;
  private readonly closers: Array<() => void>;
  private readonly fetchStarter: ((text: unknown, delivered: unknown) => number) | undefined;
  private readonly guard: BuiltinGuard;
  /** The guard's record of this context's builtins, taken before any guest code. */
  private readonly guardRecord: ivm.Reference;
  private open = true;

  private constructor(
    isolate: ivm.Isolate,
    context: ivm.Context,
    token: string,
    closers: Array<() => void>,
    run: ivm.Reference,
    setInput: ivm.Reference,
    guard: BuiltinGuard,
    guardRecord: ivm.Reference,
    deliver: ivm.Reference | undefined,
  ) {
    this.isolate = isolate;
    this.context = context;
    this.token = token;
    this.closers = closers;
    this.run = run;
    this.setInput = setInput;
    this.guard = guard;
    this.guardRecord = guardRecord;
    this.fetchStarter =
      deliver === undefined
        ? undefined
        : createFetchStarter(
            () => this.fetchPolicy,
            () => this.open,
            closers,
            (ticket, response) =>
              deliver.apply(undefined, [ticket, response]).then(
                () => undefined,
                () => undefined,
              ),
          );
  }

  /** Creates a context on `isolate` and hardens it. Rejects if the isolate is disposed meanwhile. */
  static async create(isolate: ivm.Isolate, hardening: Hardening): Promise<PreparedContext> {
    const guard = await hardening.guard;
    const context = await createGuestContext(isolate);
    // Every handle into the context is released when it closes: a handle left to the host's GC keeps
    // the whole released context alive, and the isolate's own GC could not free it.
    const closers: Array<() => void> = [];
    try {
      const token = randomUUID();
      const { load, fetch, random } = hardening.callbacks;
      const args = [token, load, fetch, random];
      // Setting globals is synchronous and cheap; the hardening itself is one call into the isolate.
      // (The context's global handle is its own: `context.release()` releases it.)
      const global = context.global;
      BOOT_ARGUMENT_GLOBALS.forEach((name, i) => {
        if (args[i] !== undefined) global.setSync(name, args[i]);
      });
      const pair = (await hardening.bootScript.run(context, { reference: true })) as ivm.Reference;
      closers.push(() => pair.release());
      let deliver: ivm.Reference | undefined;
      if (hardening.profile.fetch) {
        const d = pair.getSync(1, { reference: true }) as ivm.Reference;
        deliver = d;
        closers.push(() => d.release());
      }
      const run = pair.getSync(0, { reference: true }) as ivm.Reference;
      closers.push(() => run.release());
      const setInput = pair.getSync(2, { reference: true }) as ivm.Reference;
      closers.push(() => setInput.release());
      // The builtins are recorded before any guest code; the list itself is not kept.
      const targets = pair.getSync(3, { reference: true }) as ivm.Reference;
      let record: ivm.Reference;
      try {
        record = guard.record(targets);
      } finally {
        targets.release();
      }
      closers.push(() => record.release());
      return new PreparedContext(isolate, context, token, closers, run, setInput, guard, record, deliver);
    } catch (error) {
      closeAll(closers);
      if (!isolate.isDisposed) context.release();
      throw error;
    }
  }

  /**
   * False once the guest changed a builtin V8 guards isolate-wide (builtin-guard.ts), or when the check
   * cannot run (a disposed isolate, `timeoutMs` exceeded). Reads descriptors only: no guest code runs.
   */
  builtinsIntact(timeoutMs: number): boolean {
    try {
      return this.guard.intact(this.guardRecord, timeoutMs);
    } catch {
      return false;
    }
  }

  /** True until `close`: the callbacks serve only while it is. */
  get isOpen(): boolean {
    return this.open;
  }

  /** Runs a module file's compiled script in this context; returns its factory, copied into the guest. */
  loadModule(script: ivm.Script): unknown {
    const factory = script.runSync(this.context, { reference: true });
    this.closers.push(() => factory.release());
    return factory.derefInto();
  }

  /** Starts a guest fetch (profiles with `fetch`); returns its ticket. `delivered`: see createFetchStarter. */
  startFetch(text: unknown, delivered: unknown): number {
    if (this.fetchStarter === undefined) throw new TypeError('fetch: not available');
    return this.fetchStarter(text, delivered);
  }

  /** Ends the context: callbacks stop, in-flight fetches abort, every handle is released. */
  close(): void {
    if (!this.open) return;
    this.open = false;
    closeAll(this.closers);
    if (!this.isolate.isDisposed) this.context.release();
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

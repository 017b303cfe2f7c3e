/**
 * One isolated-vm isolate, hardened for one profile, that runs one execution at a time, each in a
 * fresh context. The pool owns these; nothing else creates isolates.
 *
 * Budgets, and how strong each is:
 * - Time: a host-side wall-clock deadline disposes the isolate when it fires, which ends synchronous
 *   loops, microtask floods and never-settling promises alike (isolated-vm's own `timeout` covers
 *   synchronous code only). The result is serialized inside the isolate, under the same deadline.
 * - Memory: the isolate has a hard limit (`hardLimitMb`, a guideline an attacker may exceed 2-3x, per
 *   isolated-vm) that kills runaway allocation anywhere. The per-execution budget, often below
 *   isolated-vm's 8 MB floor, is enforced by this class: heap used plus external (ArrayBuffer) memory,
 *   measured against the figure taken just before the snippet is compiled, at completion and whenever the
 *   isolate is idle while the guest awaits. A transient peak inside one synchronous stretch is bounded
 *   by the hard limit only. SECURITY.md gives the measured accuracy.
 */
import ivm from 'isolated-vm';
import { BuiltinGuard } from './builtin-guard.js';
import { boundGuestText, SandboxError } from './errors.js';
import type { FetchPolicy } from './fetch-bridge.js';
import { bootstrapCallSource } from './guest/bootstrap-source.js';
import { allowedGlobals } from './guest/global-allowlist.js';
import { NAMESPACE_MEMBERS } from './guest/namespace-allowlist.js';
import { createGcContext } from './isolate-gc.js';
import { InFlight } from './isolate-teardown.js';
import { isAbandonedPromise, type KillReason, mapIsolateError } from './ivm-errors.js';
import { type Hardening, IsolateCallbacks, PreparedContext } from './prepared-context.js';
import type { Profile } from './profiles.js';
import { protectorSnapshot } from './protector-probe.js';
import { decodeEnvelope } from './result-envelope.js';

/** Bounds on what one execution may send back. */
export interface OutputLimits {
  maxLogEntries: number;
  maxLogBytes: number;
  maxResultBytes: number;
}

/** Everything one execution needs, already validated. */
export interface ExecutionJob {
  executionId: string;
  code: string;
  inputJson: string | undefined;
  timeoutMs: number;
  fetchPolicy: FetchPolicy;
}

/** What a completed execution gives back. */
export interface ExecutionOutput {
  value: unknown;
  logs: string[];
  logsDropped: number;
  metrics: ExecutionMetrics;
}

/** Measurements of one execution. */
export interface ExecutionMetrics {
  wallMs: number;
  cpuMs: number;
  /** Heap used plus external memory in the isolate at completion. */
  heapUsedBytes: number;
  /** Growth of heap plus external memory over the execution, the figure the budget applies to. */
  heapDeltaBytes: number;
}

/** Where an execution was when it failed: decides whose fault a failure is. */
type Stage = 'setup' | 'run';

/** How often the budget is checked while the guest awaits, and when that starts. */
const MEMORY_POLL_MS = 10;

function heapNow(isolate: ivm.Isolate): number {
  const h = isolate.getHeapStatisticsSync();
  return h.used_heap_size + h.externally_allocated_size;
}

/** A hardened isolate for one profile. */
export class SandboxIsolate {
  readonly profile: Profile;
  readonly hardLimitMb: number;
  /** Heap plus external memory of the fresh isolate, before any execution. */
  readonly baselineBytes: number;
  /**
   * Heap plus external memory right after the last full collection (at first, the fresh isolate's):
   * what is live between executions, compiled module code included. Garbage is measured above it.
   */
  floorBytes: number;
  /** The tenant this isolate is dedicated to, for per-tenant profiles. */
  tenantId: string | null = null;
  executions = 0;
  private readonly isolate: ivm.Isolate;
  private readonly hardening: Hardening;
  private readonly moduleScripts = new Map<string, ivm.Script>();
  private gcFunction: Promise<ivm.Reference<(young?: boolean) => void> | null> | null = null;
  /** The next execution's context, being prepared or ready (see prepared-context.ts). */
  private spare: Promise<PreparedContext> | null = null;
  private spareReady = false;
  private prepareScheduled = false;
  /** The isolate's asynchronous operations: its disposal waits for them (isolate-teardown.ts). */
  private readonly inFlight = new InFlight();
  /** Wakes the running execution when the isolate is disposed (see `execute`). */
  private onKilled: (() => void) | null = null;
  private killReason: KillReason = null;
  /** True while an execution runs: budget readings only count then. */
  private running = false;
  /** The heap reading at the end of the last execution, when it completed (saves a reading at release). */
  private heapAtEnd: number | null = null;

  private readonly limits: OutputLimits;

  constructor(profile: Profile, hardLimitMb: number, limits: OutputLimits) {
    this.profile = profile;
    this.hardLimitMb = hardLimitMb;
    this.limits = limits;
    // Made from the protector snapshot, so the builtin guard reads V8's protectors (protector-probe.ts).
    this.isolate = new ivm.Isolate({ memoryLimit: hardLimitMb, snapshot: protectorSnapshot() });
    const config = {
      allowFunctionConstructor: profile.allowFunctionConstructor,
      globals: allowedGlobals(profile),
      namespaces: NAMESPACE_MEMBERS,
      modules: [...profile.allowedModules],
      fetch: profile.fetch,
      memoryBudgetBytes: profile.memoryBudgetBytes,
      maxLogEntries: limits.maxLogEntries,
      maxLogBytes: limits.maxLogBytes,
      maxResultBytes: limits.maxResultBytes,
    };
    const bootScript = this.isolate.compileScriptSync(bootstrapCallSource(config), {
      filename: 'sandbox:bootstrap.js',
    });
    // The guard realm is made once, alongside the first context; a failure (the isolate disposed
    // meanwhile) is reported by the preparation that awaits it.
    const guard = this.inFlight.track(BuiltinGuard.create(this.isolate));
    guard.catch(() => undefined);
    this.hardening = {
      profile,
      bootScript,
      callbacks: new IsolateCallbacks(profile, (id, source) => this.moduleScript(id, source)),
      guard,
    };
    this.baselineBytes = heapNow(this.isolate);
    this.floorBytes = this.baselineBytes;
  }

  /**
   * Prepares the next execution's context in the background, if none is. The pool calls this when the
   * isolate goes idle, after any garbage collection, so the spare is not counted as garbage. The work
   * starts on the next turn of the event loop: the execution that just ended delivers its result first.
   */
  prepare(): void {
    if (this.prepareScheduled) return;
    this.prepareScheduled = true;
    setImmediate(() => {
      this.prepareScheduled = false;
      if (this.spare !== null || this.running || this.isolate.isDisposed) return;
      // The collection that confirms an over-budget reading should not wait for its context to be made
      // (that waits for other isolates' context creations): an isolate that served once makes it here,
      // off the request path. (Fresh isolates skip it: making it holds their context creations back.)
      if (this.executions > 0)
        this.gcFunction ??= this.inFlight.track(createGcContext(this.isolate)).catch(() => null);
      const spare = this.inFlight.track(PreparedContext.create(this.isolate, this.hardening));
      this.spare = spare;
      this.spareReady = false;
      spare.then(
        () => {
          if (this.spare === spare) this.spareReady = true;
        },
        // A preparation cut short by disposal is reported (or not) by the execution that awaits it.
        () => undefined,
      );
    });
  }

  /** True when the next execution's context is prepared: such an isolate serves a request soonest. */
  get isReady(): boolean {
    return this.spareReady && !this.isolate.isDisposed;
  }

  /**
   * True once an execution changed a builtin whose change V8 remembers for the whole isolate (its fast
   * paths stay off for every later context): the pool retires the isolate instead of reusing it.
   */
  retireForBuiltins = false;

  /** True once the isolate was disposed (killed, recycled or shut down): it must be replaced. */
  get isDisposed(): boolean {
    return this.isolate.isDisposed;
  }

  /** Heap used plus external memory now (the isolate must be idle). */
  heapBytes(): number {
    return heapNow(this.isolate);
  }

  /** The heap the last execution ended with, if it completed; otherwise a reading now. */
  heapBytesAfterExecution(): number {
    return this.heapAtEnd ?? heapNow(this.isolate);
  }

  /**
   * Collects garbage on the isolate's own thread, if the platform allows it; resolves to whether a
   * collection ran. With `allowance`, the young generation is collected first, and the full collection
   * (about ten times the cost) runs only when more than `allowance` bytes above the floor remain: most of
   * an execution's garbage is young, and what is left is bounded by `allowance` either way.
   */
  async collectGarbage(allowance = 0): Promise<boolean> {
    if (allowance > 0 && (await this.collectNow(true)) && !this.isDisposed) {
      if (heapNow(this.isolate) <= this.floorBytes + allowance) return true;
    }
    if (!(await this.collectNow())) return false;
    if (!this.isDisposed) this.floorBytes = heapNow(this.isolate);
    return true;
  }

  /** Disposes the isolate, ending anything it runs. Safe to call twice. */
  dispose(reason: KillReason = 'disposed'): void {
    if (this.isolate.isDisposed) return;
    this.killReason ??= reason;
    this.isolate.dispose();
    this.hardening.callbacks.dispose();
    this.moduleScripts.clear();
    this.onKilled?.();
    this.spare = null;
    this.spareReady = false;
  }

  /**
   * Disposes the isolate so that its V8 heap is deleted before the returned promise resolves, never left
   * to the isolate's thread after `process.exit()` could run (isolate-teardown.ts). An isolate that runs
   * no guest code is disposed once its operations settled, after a synchronous call that returns when its
   * thread has let it go: the deletion runs here. One that runs guest code is disposed at once (that ends
   * the execution); its deletion runs on its thread, after the execution's promise settled, and the
   * caller waits for it (`awaitThreadTeardowns`), as for an isolate a fault disposed.
   */
  async close(): Promise<void> {
    if (!this.isolate.isDisposed && !this.running) {
      await this.inFlight.settled();
      if (!this.isolate.isDisposed && !this.running) {
        try {
          this.isolate.getHeapStatisticsSync();
        } catch {
          // Disposed meanwhile by a fault: handled below like any other disposal.
        }
      }
    }
    this.dispose('disposed');
    await this.inFlight.settled();
  }

  /**
   * Runs one job in a fresh context. Rejects with a SandboxError; after a timeout or memory kill the
   * isolate is disposed and `isDisposed` is true.
   */
  async execute(job: ExecutionJob): Promise<ExecutionOutput> {
    if (this.isolate.isDisposed) {
      // The runtime's disposal can reach an isolate between its acquisition and this call.
      if (this.killReason === 'disposed') throw new SandboxError('ERR_DISPOSED', 'the runtime was disposed');
      throw new SandboxError('ERR_INTERNAL', 'the isolate was disposed before the execution');
    }
    this.executions++;
    this.killReason = null;
    this.heapAtEnd = null;
    const started = performance.now();
    const cpuStart = this.isolate.cpuTime;
    this.running = true;
    const killed = new Promise<void>((resolve) => {
      this.onKilled = resolve;
    });
    const deadline = setTimeout(() => this.dispose('timeout'), job.timeoutMs);
    let prepared: PreparedContext | undefined;
    let poll: NodeJS.Timeout | undefined;
    let stage: Stage = 'setup';
    try {
      const spare = this.spare ?? this.inFlight.track(PreparedContext.create(this.isolate, this.hardening));
      this.spare = null;
      this.spareReady = false;
      prepared = await spare;
      prepared.fetchPolicy = job.fetchPolicy;
      this.hardening.callbacks.enter(prepared);
      const remaining = () => Math.max(1, Math.ceil(job.timeoutMs - (performance.now() - started)));
      // The input is parsed before the reading the budget is measured from: the budget covers what the
      // snippet allocates, not the caller's data (bounded by maxInputBytes and the hard limit).
      await this.inFlight.track(
        prepared.setInput.apply(undefined, [job.inputJson], { timeout: remaining() }),
      );
      // A large input leaves its JSON text behind as garbage: collected during the execution, it would
      // hide as much of what the snippet allocates. It is collected before the reading instead.
      if ((job.inputJson?.length ?? 0) > this.profile.memoryBudgetBytes / 16) await this.collectNow();
      const heapBefore = heapNow(this.isolate);
      stage = 'run';
      poll = this.watchMemory(heapBefore, job.timeoutMs);
      const text = await this.inFlight
        .track(prepared.run.apply(undefined, [job.code], { result: { promise: true }, timeout: remaining() }))
        .catch(async (error: unknown) => {
          // A guest promise V8 collected while pending can never settle: the execution ends as every
          // never-settling one does, at the deadline (or at an earlier kill), never as a guest error.
          if (isAbandonedPromise(error) && !this.isolate.isDisposed) await killed;
          throw error;
        });
      const heapAfter = await this.heldBytes(heapBefore);
      this.heapAtEnd = heapAfter;
      const delta = heapAfter - heapBefore;
      if (delta > this.profile.memoryBudgetBytes) this.dispose('memory');
      if (this.killReason !== null) throw mapIsolateError(null, this.killReason);
      // A changed builtin that V8 guards isolate-wide slows every later execution of the isolate: it
      // serves no other (builtin-guard.ts). The check reads descriptors only; no guest code runs.
      // A check that cannot run retires the isolate too.
      if (!prepared.builtinsIntact(remaining())) this.retireForBuiltins = true;
      const metrics = {
        wallMs: performance.now() - started,
        cpuMs: Number(this.isolate.cpuTime - cpuStart) / 1e6,
        heapUsedBytes: heapAfter,
        heapDeltaBytes: delta,
      };
      return { ...decodeEnvelope(text, this.limits), metrics };
    } catch (error) {
      if (error instanceof SandboxError) throw error;
      // The execution's own deadline has passed (give or take the timer's millisecond rounding).
      const pastDeadline = performance.now() - started >= job.timeoutMs - 2;
      throw this.mapFailure(error, stage, pastDeadline);
    } finally {
      this.running = false;
      this.onKilled = null;
      clearTimeout(deadline);
      if (poll !== undefined) clearInterval(poll);
      if (prepared !== undefined) {
        this.hardening.callbacks.leave(prepared);
        prepared.close();
      }
    }
  }

  /**
   * At `run` without a kill, a failure is the guest's own (see below); anything else is a kill or an
   * isolate failure. (Syntax errors come back in the envelope: see decodeEnvelope.)
   */
  private mapFailure(error: unknown, stage: Stage, pastDeadline: boolean): SandboxError {
    const killed = this.killReason;
    const mapped = mapIsolateError(error, killed);
    if (killed !== null || this.isolate.isDisposed || stage !== 'run') return mapped;
    // isolated-vm's own timeout can end \`run\` just before the host's deadline fires, on a live isolate.
    if (mapped.code === 'ERR_TIMEOUT' && pastDeadline) return mapped;
    // The runner catches every guest exception itself, so what isolated-vm throws at \`run\` on a live
    // isolate, before the deadline, is a promise the guest rejected and never handled (rethrown at the end
    // of the task, as Node fails a process on one), whatever its text: a guest that rejects with
    // isolated-vm's wording ("Isolate was disposed during execution due to memory limit") gets no
    // resource code for it.

    const name = boundGuestText(error instanceof Error ? error.name : 'Error', 100);
    const text = boundGuestText(error instanceof Error ? error.message : String(error));
    return new SandboxError('ERR_SCRIPT_ERROR', `unhandled promise rejection: ${name}: ${text}`, {
      guestName: name,
    });
  }

  /** Module files compile once per isolate; each context then runs the compiled script. */
  private moduleScript(id: string, source: string): ivm.Script {
    let script = this.moduleScripts.get(id);
    if (script === undefined) {
      script = this.isolate.compileScriptSync(source, { filename: `sandbox:module/${id}` });
      this.moduleScripts.set(id, script);
    }
    return script;
  }

  /**
   * The memory the execution holds: heap plus external memory now, and when that is over the budget,
   * again after a full collection, so that garbage the guest dropped never counts as held (budget false
   * positives). Only a reading still over the budget after the collection ends the execution.
   */
  private async heldBytes(heapBefore: number): Promise<number> {
    const now = heapNow(this.isolate);
    if (now - heapBefore <= this.profile.memoryBudgetBytes) return now;
    if (!(await this.collectNow()) || this.isolate.isDisposed) return now;
    return heapNow(this.isolate);
  }

  /** A full (or young-generation) collection on the isolate's thread that leaves `floorBytes` alone; false if none ran. */
  private async collectNow(young = false): Promise<boolean> {
    if (this.isDisposed) return false;
    this.gcFunction ??= this.inFlight.track(createGcContext(this.isolate));
    const gc = await this.gcFunction;
    if (gc === null || this.isDisposed) return false;
    await this.inFlight.track(gc.apply(undefined, [young]));
    return true;
  }

  /** Checks the budget whenever the isolate is idle while the guest awaits. */
  private watchMemory(heapBefore: number, timeoutMs: number): NodeJS.Timeout | undefined {
    if (timeoutMs <= MEMORY_POLL_MS) return undefined;
    let pending = false;
    // A reading that arrives after its execution ended must not judge the next one (or an idle isolate).
    const execution = this.executions;
    const current = () => execution === this.executions && this.running;
    const over = (h: ivm.HeapStatistics) =>
      h.used_heap_size + h.externally_allocated_size - heapBefore > this.profile.memoryBudgetBytes;
    return setInterval(() => {
      if (pending || this.isolate.isDisposed) return;
      pending = true;
      void (async () => {
        try {
          if (!over(await this.inFlight.track(this.isolate.getHeapStatistics())) || !current()) return;
          // Over the budget: held, or garbage not yet collected? Only what survives a collection counts.
          if ((await this.collectNow()) && !current()) return;
          if (current() && over(await this.inFlight.track(this.isolate.getHeapStatistics())) && current())
            this.dispose('memory');
        } catch {
          // A disposed isolate: the execution reports why.
        } finally {
          pending = false;
        }
      })();
    }, MEMORY_POLL_MS).unref();
  }
}

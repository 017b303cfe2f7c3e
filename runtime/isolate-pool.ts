/**
 * The isolates of one profile: warm ones waiting, busy ones running, and a bounded FIFO queue of
 * requests waiting for one. Shared profiles hand any isolate to any tenant (every execution still gets
 * a fresh context); per-tenant profiles dedicate each isolate to one tenant for its whole life.
 *
 * An isolate is recycled (disposed and replaced), never reused, after a timeout, a memory kill, an
 * internal failure, `recycleAfter` executions, or a heap that stays above `recycleHeapBytes` after a
 * full GC. Heap hygiene: released contexts are garbage that V8 collects lazily, so when a returned
 * isolate holds more than `gcHeapBytes` of it, the pool collects it (on the isolate's thread, off the
 * request path) before the isolate serves again: the young generation first, and a full collection when
 * more than `gcHeapBytes` would still remain. That keeps a benign execution from being killed by
 * other executions' garbage, and keeps the per-execution memory measurement honest.
 */
import type { PoolCounters } from '../contract/index.js';
import { SandboxError, type SandboxErrorCode } from './errors.js';
import type { Profile } from './profiles.js';
import { type OutputLimits, SandboxIsolate } from './sandbox-isolate.js';

/** Pool settings, per profile. */
export interface PoolOptions {
  /** Warm isolates kept ready (per profile). Default 5. */
  min: number;
  /** Most isolates alive at once (per profile). Default 100. */
  max: number;
  /** Most requests waiting for an isolate; past it, `ERR_QUEUE_FULL` at once. Default 1,000. */
  maxQueue: number;
  /** An idle isolate above `min` is disposed after this long. Default 30 s. */
  idleMs: number;
  /** Executions an isolate serves before it is recycled. Default 1,000. */
  recycleAfter: number;
  /**
   * isolated-vm's hard memory limit per isolate, in MB (a guideline: 2-3x is reachable). Default: four
   * times the profile's budget, between 16 and 64 MB. Kept small on purpose: a heap bomb is killed when
   * it reaches this limit, and the closer the limit the sooner (and the cheaper the collections on the way).
   */
  hardLimitMb?: number;
  /**
   * Garbage (heap plus external memory above the fresh isolate's) past which a returned isolate gets a
   * full GC before it serves again. Default a quarter of the profile's budget (at least 256 KiB): garbage
   * collected during an execution hides part of that execution's allocations from the budget, so this
   * bounds the under-count.
   */
  gcHeapBytes?: number;
  /** Heap still above this after the GC recycles the isolate. Default 60% of the hard limit. */
  recycleHeapBytes?: number;
}

/** Defaults of {@link PoolOptions}, from the original design (5 warm, 100 at most). */
export const DEFAULT_POOL_OPTIONS: Readonly<PoolOptions> = Object.freeze({
  min: 5,
  max: 100,
  maxQueue: 1_000,
  idleMs: 30_000,
  recycleAfter: 1_000,
});

const MB = 1024 * 1024;

/** The hard limit and heap thresholds of `profile`'s isolates, from `options` or derived from the budget. */
export function poolHeapLimits(
  profile: Profile,
  options: Partial<PoolOptions> = {},
): { hardLimitMb: number; gc: number; recycle: number } {
  const hardLimitMb =
    options.hardLimitMb ?? Math.min(64, Math.max(16, Math.ceil((profile.memoryBudgetBytes * 4) / MB)));
  return {
    hardLimitMb,
    gc: options.gcHeapBytes ?? Math.max(256 * 1024, profile.memoryBudgetBytes / 4),
    recycle: options.recycleHeapBytes ?? hardLimitMb * MB * 0.6,
  };
}

export type { PoolCounters };

interface Waiter {
  tenantId: string;
  resolve: (isolate: SandboxIsolate) => void;
  reject: (error: SandboxError) => void;
}

/** Error codes after which the isolate is not trusted with another execution. */
const RECYCLE_CODES: ReadonlySet<SandboxErrorCode> = new Set([
  'ERR_TIMEOUT',
  'ERR_MEMORY_LIMIT',
  'ERR_INTERNAL',
]);

/** The isolates of one profile. */
export class IsolatePool {
  readonly profile: Profile;
  private readonly options: PoolOptions;
  private readonly idle: SandboxIsolate[] = [];
  private readonly busy = new Set<SandboxIsolate>();
  /** Isolates collecting garbage between executions: neither idle nor busy, but alive. */
  private readonly cleaning = new Set<SandboxIsolate>();
  private readonly queue: Waiter[] = [];
  private readonly lastUsed = new WeakMap<SandboxIsolate, number>();
  private counters = { created: 0, reused: 0, recycled: 0, executions: 0 };
  private disposed = false;
  /** Isolates being disposed: `dispose()` waits for them (see SandboxIsolate.close). */
  private readonly closing = new Set<Promise<void>>();
  private readonly sweeper: NodeJS.Timeout;

  private readonly limits: OutputLimits;
  private readonly heap: { hardLimitMb: number; gc: number; recycle: number };

  constructor(profile: Profile, options: PoolOptions, limits: OutputLimits) {
    this.profile = profile;
    this.options = options;
    this.limits = limits;
    this.heap = poolHeapLimits(profile, options);
    this.sweeper = setInterval(() => this.sweepIdle(), Math.max(1_000, options.idleMs / 2)).unref();
    setImmediate(() => this.refill());
  }

  /** Current counters. */
  stats(): PoolCounters {
    return { ...this.counters, idle: this.idle.length, busy: this.busy.size, queued: this.queue.length };
  }

  /** Takes an isolate for `tenantId`, waiting in FIFO order if none is free. */
  acquire(tenantId: string): Promise<SandboxIsolate> {
    if (this.disposed) return Promise.reject(new SandboxError('ERR_DISPOSED', 'the runtime is disposed'));
    if (this.queue.length === 0) {
      const isolate = this.tryAcquire(tenantId);
      if (isolate !== null) return Promise.resolve(isolate);
    }
    if (this.queue.length >= this.options.maxQueue) {
      return Promise.reject(new SandboxError('ERR_QUEUE_FULL', `the ${this.profile.name} queue is full`));
    }
    return new Promise((resolve, reject) => this.queue.push({ tenantId, resolve, reject }));
  }

  /** Gives an isolate back after an execution that ended with `code` (null: success). */
  release(isolate: SandboxIsolate, code: SandboxErrorCode | null): void {
    this.busy.delete(isolate);
    this.counters.executions++;
    const spent = code !== null && RECYCLE_CODES.has(code);
    if (
      this.disposed ||
      isolate.isDisposed ||
      spent ||
      isolate.retireForBuiltins ||
      isolate.executions >= this.options.recycleAfter
    ) {
      this.recycle(isolate);
    } else if (isolate.heapBytesAfterExecution() > isolate.floorBytes + this.heap.gc) {
      this.clean(isolate);
    } else {
      this.makeIdle(isolate);
    }
    this.pump();
  }

  /**
   * Collects an isolate's garbage on its own thread before it serves again, so that the next execution's
   * memory measurement starts from a clean heap (garbage collected during an execution would hide part of
   * what it allocates), and recycles it if the heap stays high.
   */
  private clean(isolate: SandboxIsolate): void {
    this.cleaning.add(isolate);
    void isolate.collectGarbage(this.heap.gc).then(
      () => {
        this.cleaning.delete(isolate);
        if (this.disposed || isolate.isDisposed || isolate.heapBytes() > this.heap.recycle)
          this.recycle(isolate);
        else this.makeIdle(isolate);
        this.pump();
      },
      () => {
        this.cleaning.delete(isolate);
        this.recycle(isolate);
        this.pump();
      },
    );
  }

  /** An idle isolate can only be disposed by a fault; it is dropped, never handed out. */
  private dropDisposedIdle(): void {
    for (let i = this.idle.length - 1; i >= 0; i--) {
      if (this.idle[i]!.isDisposed) this.recycle(this.idle.splice(i, 1)[0]!);
    }
  }

  /** An idle isolate prepares its next context in the background (see prepared-context.ts). */
  private makeIdle(isolate: SandboxIsolate): void {
    this.lastUsed.set(isolate, Date.now());
    isolate.prepare();
    this.idle.push(isolate);
  }

  /**
   * Disposes every isolate and rejects every waiter with `ERR_DISPOSED`; running executions end at once.
   * Resolves once every isolate's disposal has settled (SandboxIsolate.close).
   */
  dispose(): Promise<void> {
    this.disposed = true;
    clearInterval(this.sweeper);
    for (const waiter of this.queue.splice(0)) {
      waiter.reject(new SandboxError('ERR_DISPOSED', 'the runtime was disposed while the request waited'));
    }
    for (const isolate of this.idle.splice(0)) this.close(isolate);
    for (const isolate of this.busy) this.close(isolate);
    for (const isolate of this.cleaning) this.close(isolate);
    return this.settled();
  }

  /** Resolves once no disposal is under way (disposals started meanwhile included). */
  private async settled(): Promise<void> {
    while (this.closing.size > 0) await Promise.all([...this.closing]);
  }

  /** Disposes an isolate once its operations settled (SandboxIsolate.close); `dispose()` waits for it. */
  private close(isolate: SandboxIsolate): void {
    const closed = isolate.close().catch(() => undefined);
    this.closing.add(closed);
    void closed.then(() => this.closing.delete(closed));
  }

  private tryAcquire(tenantId: string): SandboxIsolate | null {
    let isolate = this.takeIdle(tenantId);
    if (isolate !== null) {
      if (isolate.executions > 0) this.counters.reused++;
    } else if (this.total() < this.options.max) {
      isolate = this.create();
    } else if (this.profile.isolatePerTenant && this.evictOtherTenant(tenantId)) {
      isolate = this.create();
    } else {
      return null;
    }
    if (this.profile.isolatePerTenant) isolate.tenantId = tenantId;
    this.busy.add(isolate);
    return isolate;
  }

  /**
   * Shared profiles: the most recently used idle isolate whose next context is prepared, else the most
   * recently used. Per-tenant: the tenant's own (prepared first), else a fresh spare.
   */
  private takeIdle(tenantId: string): SandboxIsolate | null {
    this.dropDisposedIdle();
    let own = -1;
    let spare = -1;
    for (let i = this.idle.length - 1; i >= 0; i--) {
      const isolate = this.idle[i]!;
      const owner = isolate.tenantId;
      if (!this.profile.isolatePerTenant || owner === tenantId) {
        if (isolate.isReady) return this.idle.splice(i, 1)[0]!;
        if (own === -1) own = i;
      } else if (owner === null && spare === -1) {
        spare = i;
      }
    }
    const pick = own !== -1 ? own : spare;
    return pick === -1 ? null : this.idle.splice(pick, 1)[0]!;
  }

  /** Frees a slot held by another tenant's idle isolate (least recently used first). */
  private evictOtherTenant(tenantId: string): boolean {
    let victim = -1;
    for (let i = 0; i < this.idle.length; i++) {
      if (this.idle[i]!.tenantId !== tenantId) {
        victim = i;
        break;
      }
    }
    if (victim === -1) return false;
    this.recycle(this.idle.splice(victim, 1)[0]!);
    return true;
  }

  private pump(): void {
    for (let i = 0; i < this.queue.length; ) {
      const waiter = this.queue[i]!;
      const isolate = this.tryAcquire(waiter.tenantId);
      if (isolate === null) {
        if (!this.profile.isolatePerTenant) return;
        i++;
        continue;
      }
      this.queue.splice(i, 1);
      waiter.resolve(isolate);
    }
    if (this.queue.length === 0) setImmediate(() => this.refill());
  }

  private create(): SandboxIsolate {
    this.counters.created++;
    return new SandboxIsolate(this.profile, this.heap.hardLimitMb, this.limits);
  }

  private recycle(isolate: SandboxIsolate): void {
    this.counters.recycled++;
    this.close(isolate);
  }

  private total(): number {
    return this.idle.length + this.busy.size + this.cleaning.size;
  }

  /** Keeps `min` warm isolates, created off the request path. */
  private refill(): void {
    if (this.disposed) return;
    const spares = this.profile.isolatePerTenant
      ? this.idle.filter((i) => i.tenantId === null).length
      : this.idle.length;
    if (spares < this.options.min && this.total() < this.options.max) {
      this.makeIdle(this.create());
      setImmediate(() => this.refill());
    }
  }

  private sweepIdle(): void {
    const cutoff = Date.now() - this.options.idleMs;
    for (let i = this.idle.length - 1; i >= 0 && this.idle.length > this.options.min; i--) {
      const isolate = this.idle[i]!;
      if ((this.lastUsed.get(isolate) ?? 0) < cutoff && isolate.executions > 0) {
        this.idle.splice(i, 1);
        this.close(isolate);
      }
    }
  }
}

/**
 * Runs executions in supervised child processes, so that what no isolate can contain — a V8 fatal
 * out-of-memory (isolated-vm #137, #457, #527) or a builtin that ignores termination — ends one child,
 * not the host. The parent keeps the audit log, the scanner and a watchdog per execution: when a child
 * dies, a new child takes its place, and crash-blame.ts decides what each execution it held gets: the
 * culprit fails with its own code and never runs again; the others, which did not cause the crash, run
 * again on another child, or fail with ERR_INTERNAL (never with a resource code).
 *
 * A child is also retired after `recycleAfter` executions, as long-running worker pools retire their
 * workers: a replacement takes its place at once, and the old one finishes what it holds, then exits. The
 * soak once found the children's resident memory creeping up by about 4 KB per execution over 100,000
 * executions; most of it was host callbacks that isolated-vm never frees (fixed: see prepared-context.ts).
 * Retirement bounds whatever a long-lived process still accumulates (allocator fragmentation, isolate
 * churn) and gives all of it back.
 *
 * `dispose()` resolves once every child has exited and every execution has settled. From its start every
 * child holds the host's event loop until its 'exit': otherwise a host with nothing else to do could end
 * (with its `await rt.dispose()` never resuming) while a child was still starting or being killed.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { blame } from './crash-blame.js';
import { ERROR_CODES, SandboxError, type SandboxErrorCode } from './errors.js';
import { carryCounters, combineStats, type Executor, type ExecutorStats, emptyStats } from './executor.js';
import type { PoolCounters, PoolOptions } from './isolate-pool.js';
import type { ChildMessage, ParentMessage, WireError } from './process-protocol.js';
import type { Profile } from './profiles.js';
import type { ExecutionJob, ExecutionOutput, OutputLimits } from './sandbox-isolate.js';

/** Settings of the process mode. */
export interface ProcessOptions {
  /** Child processes; each runs its own isolate pools. Default 2. */
  processes: number;
  /** How long past an execution's timeout the watchdog waits before killing its child. Default 1,000 ms. */
  graceMs: number;
  /** Executions a child serves before it is retired and replaced. Default 20,000. */
  recycleAfter: number;
}

const OOM = /heap out of memory|is_heap_oom = 1|Fatal JavaScript out of memory|Reached heap limit/;
const STDERR_TAIL = 8_192;
/** Attempts to start an execution on children that die before they are ready. */
const MAX_START_ATTEMPTS = 3;
const KNOWN_CODES: ReadonlySet<string> = new Set(ERROR_CODES);

/** One execution submitted and not settled. */
interface Pending {
  resolve: (output: ExecutionOutput) => void;
  reject: (error: SandboxError) => void;
  watchdog: NodeJS.Timeout;
  profile: Profile;
  tenantId: string;
  job: ExecutionJob;
  /** Children that died while this execution ran on them. */
  crashes: number;
  /** Children that died before they were ready while this execution waited for them. */
  starts: number;
}

/** One sandbox child as the parent sees it. */
interface Child {
  process: ChildProcess;
  /** Settles when the child is ready, or when it exited before that. */
  ready: Promise<void>;
  /** Executions sent to this child and not answered, by message id. */
  pending: Map<number, Pending>;
  /** The child's pool counters, as its last answer gave them. */
  stats: ExecutorStats;
  /** The end of its standard error, read for V8's out-of-memory message when it dies. */
  stderr: string;
  /** The execution whose watchdog killed it, if one did. */
  killedFor: number | null;
  exited: boolean;
  /** Executions sent to this child. */
  executions: number;
}

const here = fileURLToPath(import.meta.url);
const workerPath = here.replace(/process-executor\.(ts|js)$/, 'process-worker.$1');
const workerExecArgv = ['--no-node-snapshot', ...(here.endsWith('.ts') ? ['--import', 'tsx'] : [])];

/**
 * Sends a message to a child whose channel may already be closed; false when it could not be written.
 * A pending execution of a dead child is failed or re-run by the child's 'exit' handler, and one whose
 * child lives on but never answers by its watchdog.
 */
function post(proc: ChildProcess, message: ParentMessage): boolean {
  if (!proc.connected) return false;
  try {
    proc.send(message, () => undefined);
    return true;
  } catch {
    return false;
  }
}

/** The error a child's `failed` answer stands for; a code the parent does not know is ERR_INTERNAL. */
function errorFrom(error: WireError): SandboxError {
  if (!KNOWN_CODES.has(error.code))
    return new SandboxError('ERR_INTERNAL', 'the sandbox process reported an unknown failure');
  return new SandboxError(
    error.code as SandboxErrorCode,
    error.message,
    error.guestName === undefined ? {} : { guestName: error.guestName },
  );
}

/** An executor whose isolates live in `options.processes` supervised child processes. */
export class ProcessExecutor implements Executor {
  /** The serving children, one per slot; a dead or retired child's slot gets a new child. */
  private readonly children: Child[] = [];
  /** Retired children: they take no new execution and exit once they hold none. */
  private readonly retiring = new Set<Child>();
  /** Cumulative pool counters of children that have exited, so that totals never go backwards. */
  private readonly carried: Record<string, PoolCounters> = {};
  /** One promise per execution submitted and not settled; it never rejects. */
  private readonly inflight = new Set<Promise<unknown>>();
  private nextId = 0;
  private restartCount = 0;
  private disposed = false;
  private disposal: Promise<void> | undefined;
  /** Executions submitted and not settled: while there are none, the children do not keep the host alive. */
  private active = 0;

  constructor(
    private readonly pool: PoolOptions,
    private readonly limits: OutputLimits,
    private readonly profiles: readonly Profile[],
    private readonly options: ProcessOptions,
  ) {
    for (let i = 0; i < Math.max(1, options.processes); i++) this.children.push(this.spawnChild());
  }

  execute(profile: Profile, tenantId: string, job: ExecutionJob): Promise<ExecutionOutput> {
    if (this.disposed) return Promise.reject(new SandboxError('ERR_DISPOSED', 'the runtime is disposed'));
    if (this.active++ === 0) for (const child of this.everyChild()) this.hold(child, true);
    let counted = true;
    const settled = () => {
      if (!counted) return;
      counted = false;
      if (--this.active === 0) for (const child of this.everyChild()) this.hold(child, false);
    };
    const execution = new Promise<ExecutionOutput>((resolve, reject) => {
      void this.dispatch({
        resolve: (output) => {
          settled();
          resolve(output);
        },
        reject: (error) => {
          settled();
          reject(error);
        },
        watchdog: setTimeout(() => undefined, 0),
        profile,
        tenantId,
        job,
        crashes: 0,
        starts: 0,
      });
    });
    const settledOnce = execution.then(
      () => undefined,
      () => undefined,
    );
    this.inflight.add(settledOnce);
    void settledOnce.then(() => this.inflight.delete(settledOnce));
    return execution;
  }

  /** The pool counters of every child, living or exited, per profile and in total. */
  stats(): ExecutorStats {
    return combineStats(
      this.carried,
      this.everyChild().map((child) => child.stats),
    );
  }

  /** Children started to replace one that died (retirements are not counted). */
  restarts(): number {
    return this.restartCount;
  }

  /** The process ids of the children that have not exited. */
  pids(): number[] {
    return this.everyChild().flatMap((child) =>
      child.exited || child.process.pid === undefined ? [] : [child.process.pid],
    );
  }

  /** Resolves once every child has exited and every execution has settled; the host stays alive until then. */
  dispose(): Promise<void> {
    this.disposal ??= this.disposeAll();
    return this.disposal;
  }

  /**
   * Children hold the host's event loop only while executions are in flight, as timers and sockets do: a
   * program that never calls `dispose()` still exits when its work is done (its children then see the
   * channel close and exit too).
   */
  private hold(child: Child, held: boolean): void {
    // Once disposal began, every child holds the host until it has exited: `dispose()` must settle.
    if (this.disposed && !held) return;
    const handles = [child.process, child.process.channel, child.process.stderr] as Array<
      { ref?: () => void; unref?: () => void } | null | undefined
    >;
    for (const handle of handles) {
      if (held) handle?.ref?.();
      else handle?.unref?.();
    }
  }

  private spawnChild(): Child {
    const proc = fork(workerPath, [], {
      execArgv: workerExecArgv,
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    const child: Child = {
      process: proc,
      ready: Promise.resolve(),
      pending: new Map(),
      stats: emptyStats(),
      stderr: '',
      killedFor: null,
      exited: false,
      executions: 0,
    };
    // Settles on 'ready', or on exit: a child that dies before it is ready must not strand its waiters.
    child.ready = new Promise((resolve) => {
      proc.on('message', (m: ChildMessage) => (m.type === 'ready' ? resolve() : this.answer(child, m)));
      proc.on('exit', () => resolve());
    });
    proc.stderr?.on('data', (chunk: Buffer) => {
      child.stderr = (child.stderr + chunk.toString('utf8')).slice(-STDERR_TAIL);
    });
    proc.on('exit', (code, signal) => this.onExit(child, code, signal));
    // A child can die at any moment; writing to its closed channel is an error event (EPIPE) or a throw
    // (ERR_IPC_CHANNEL_CLOSED), never the host's problem: its 'exit' handles what it held.
    proc.on('error', () => undefined);
    post(proc, { type: 'init', pool: this.pool, limits: this.limits, profiles: [...this.profiles] });
    this.hold(child, this.active > 0);
    return child;
  }

  /** Settles the execution a child's `done` or `failed` answer is for. */
  private answer(child: Child, m: Exclude<ChildMessage, { type: 'ready' }>): void {
    child.stats = m.stats;
    const p = child.pending.get(m.id);
    if (p === undefined) return;
    child.pending.delete(m.id);
    clearTimeout(p.watchdog);
    if (this.retiring.has(child) && child.pending.size === 0) post(child.process, { type: 'dispose' });
    if (m.type === 'done') p.resolve(m.output);
    else p.reject(errorFrom(m.error));
  }

  /**
   * A child has exited: its slot gets a new child (unless the executor is disposed), and crash-blame.ts
   * decides what each execution it held gets: run again elsewhere, or fail with a code.
   */
  private onExit(child: Child, exitCode: number | null, signal: NodeJS.Signals | null): void {
    child.exited = true;
    this.retiring.delete(child);
    carryCounters(this.carried, child.stats);
    const orphans = [...child.pending.entries()];
    child.pending.clear();
    const index = this.children.indexOf(child);
    if (index !== -1 && !this.disposed) {
      this.restartCount++;
      this.children[index] = this.spawnChild();
    }
    for (const [, p] of orphans) {
      clearTimeout(p.watchdog);
      p.crashes++;
    }
    const end = { killedFor: child.killedFor, outOfMemory: OOM.test(child.stderr), exitCode, signal };
    const verdicts = blame(
      end,
      orphans.map(([id, p]) => ({ id, crashes: p.crashes, sideEffects: p.profile.fetch })),
    );
    orphans.forEach(([, p], i) => {
      const verdict = verdicts[i]!;
      if (this.disposed)
        p.reject(new SandboxError('ERR_DISPOSED', 'the runtime was disposed during execution'));
      else if (verdict.retry) void this.dispatch(p);
      else p.reject(new SandboxError(verdict.code, verdict.message));
    });
  }

  /** Sends an execution to the least busy child once it is ready, with a watchdog past its timeout. */
  private async dispatch(p: Pending): Promise<void> {
    const child = this.leastBusy();
    await child.ready;
    if (this.disposed) return p.reject(new SandboxError('ERR_DISPOSED', 'the runtime is disposed'));
    // Retired while this execution waited for it to start: its replacement takes the execution.
    if (this.retiring.has(child)) return this.dispatch(p);
    if (child.exited) {
      // It died before it was ready; its replacement (or a sibling) takes the execution, a few times at most.
      p.starts++;
      if (p.starts >= MAX_START_ATTEMPTS)
        return p.reject(new SandboxError('ERR_INTERNAL', 'the sandbox processes cannot start'));
      return this.dispatch(p);
    }
    const id = ++this.nextId;
    if (++child.executions >= this.options.recycleAfter && !this.disposed) this.retire(child);
    p.watchdog = setTimeout(() => {
      child.killedFor = id;
      child.process.kill('SIGKILL');
    }, p.job.timeoutMs + this.options.graceMs);
    child.pending.set(id, p);
    post(child.process, { type: 'execute', id, profile: p.profile.name, tenantId: p.tenantId, job: p.job });
  }

  /** Replaces `child` with a new one; it keeps what it holds and exits once that is done. */
  private retire(child: Child): void {
    const index = this.children.indexOf(child);
    if (index === -1) return;
    this.retiring.add(child);
    this.children[index] = this.spawnChild();
  }

  private everyChild(): Child[] {
    return [...this.children, ...this.retiring];
  }

  private leastBusy(): Child {
    return this.children.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
  }

  private async disposeAll(): Promise<void> {
    this.disposed = true;
    const exits = this.everyChild().map((child) => {
      this.hold(child, true);
      return new Promise<void>((resolve) => {
        if (child.exited || child.process.exitCode !== null || child.process.signalCode !== null)
          return resolve();
        const force = setTimeout(() => child.process.kill('SIGKILL'), 2_000);
        child.process.once('exit', () => {
          clearTimeout(force);
          resolve();
        });
        if (!post(child.process, { type: 'dispose' })) child.process.kill('SIGKILL');
      });
    });
    await Promise.all(exits);
    // Orphans of the exited children were failed with ERR_DISPOSED by their 'exit' handlers; an execution
    // still waiting to be dispatched fails the same way once it finds the runtime disposed.
    await Promise.all(this.inflight);
  }
}

/**
 * Runs an adapter out of the harness's process: a pool of worker processes (`adapter-worker.ts`), each
 * loading the adapter and running one execution at a time, behind the ordinary {@link SandboxAdapter}
 * interface. A watchdog per execution (its budget plus a grace period) turns a worker that does not
 * answer into a `hang`, a worker that dies into a `crash`, and an exception out of `execute` into an
 * `adapter-error`; each is charged to that execution, the worker is replaced, and the run goes on.
 *
 * A tenant's executions always go to the same worker (tenant state lives there), chosen from the runner's
 * slot prefix (`w<slot>-`), so concurrent samples do not queue behind each other.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type {
  AdapterCapabilities,
  AdapterExecuteOptions,
  AdapterOutcome,
  AdapterSample,
  SandboxAdapter,
} from './adapter.js';
import { AdapterLoadError } from './load-adapter.js';
import { type FromWorker, type ToWorker, WORKER_ADAPTER_ENV } from './worker-protocol.js';

/** Why an execution produced no outcome of the adapter's own. */
export type Incident = 'hang' | 'crash' | 'adapter-error';

/** A `crashed` outcome the pool made up, with the incident that caused it. */
export type IncidentOutcome = Extract<AdapterOutcome, { status: 'crashed' }> & { incident: Incident };

/** Options of {@link createWorkerPoolAdapter}. */
export interface WorkerPoolOptions {
  /** Built-in adapter name or module path, loaded in each worker. */
  spec: string;
  /** Worker processes (default 1). */
  workers?: number;
  /** Time past an execution's budget before the watchdog kills its worker (default 5000 ms). */
  graceMs?: number;
  /** Heap limit of each worker in MB (default 1024), so a runaway guest costs the worker, not the machine. */
  maxOldSpaceMb?: number;
}

/** The incident behind an outcome, if the pool made it up. */
export function incidentOf(outcome: AdapterOutcome): Incident | undefined {
  return (outcome as Partial<IncidentOutcome>).incident;
}

/** Host-side findings the worker's oracle reported with an outcome (an escape into the worker's realm). */
export function workerFindingsOf(outcome: AdapterOutcome): string[] {
  return (outcome as { hostFindings?: string[] }).hostFindings ?? [];
}

function workerEntry(): string {
  const here = fileURLToPath(import.meta.url);
  const ts = here.replace(/worker-pool\.[jt]s$/, 'adapter-worker.ts');
  const js = here.replace(/worker-pool\.[jt]s$/, 'adapter-worker.js');
  return here.endsWith('.ts') && existsSync(ts) ? ts : js;
}

interface Pending {
  resolve: (outcome: AdapterOutcome) => void;
  timer: NodeJS.Timeout;
}

/** One worker process and the execution it is running. */
let workersStarted = 0;

class Worker {
  /** Which worker this is, over the pool's life: a replacement gets a new one (and a new baseline). */
  readonly serial = ++workersStarted;
  readonly child: ChildProcess;
  private pending: { id: number; entry: Pending } | null = null;
  private queue: Array<() => void> = [];
  private busy = false;
  private nextId = 1;
  dead = false;
  readonly ready: Promise<{ name: string; capabilities: AdapterCapabilities }>;

  constructor(spec: string, maxOldSpaceMb: number) {
    const execArgv = [
      ...process.execArgv.filter((a) => !a.startsWith('--max-old-space-size')),
      `--max-old-space-size=${maxOldSpaceMb}`,
    ];
    if (!execArgv.includes('--no-node-snapshot')) execArgv.unshift('--no-node-snapshot');
    this.child = fork(workerEntry(), [], {
      execArgv,
      env: { ...process.env, [WORKER_ADAPTER_ENV]: spec },
      // The worker's stdout would mix with the harness's summary: both its streams go to stderr.
      stdio: ['ignore', 2, 2, 'ipc'],
    });
    this.ready = new Promise((resolve, reject) => {
      const onMessage = (message: FromWorker): void => {
        if (message.type === 'ready') resolve({ name: message.name, capabilities: message.capabilities });
        else if (message.type === 'load-failed')
          reject(Object.assign(new AdapterLoadError(message.message), { causeCode: message.code }));
      };
      this.child.on('message', onMessage);
      this.child.once('exit', (code, signal) =>
        reject(new AdapterLoadError(`adapter worker exited (${signal ?? code}) before the adapter loaded`)),
      );
    });
    this.child.on('message', (message: FromWorker) => this.onMessage(message));
    this.child.on('exit', (code, signal) => this.onExit(code, signal));
    this.child.on('error', () => this.onExit(null, null));
  }

  private lastFatal: string | null = null;

  private onMessage(message: FromWorker): void {
    if (message.type === 'fatal') {
      this.lastFatal = message.message;
      return;
    }
    if (message.type !== 'result' && message.type !== 'adapter-error') return;
    if (this.pending?.id !== message.id) return;
    if (message.type === 'result') {
      this.settle({ ...message.outcome, hostFindings: message.hostFindings } as unknown as AdapterOutcome);
    } else {
      const outcome: IncidentOutcome & { hostFindings: string[] } = {
        status: 'crashed',
        incident: 'adapter-error',
        message: `adapter-error: ${message.message}`,
        hostFindings: message.hostFindings,
      };
      this.settle(outcome);
    }
  }

  private onExit(code: number | null, signal: NodeJS.Signals | null): void {
    if (this.dead) return;
    this.dead = true;
    const why = this.lastFatal ?? `the worker exited (${signal ?? `code ${code}`})`;
    const outcome: IncidentOutcome = { status: 'crashed', incident: 'crash', message: `crash: ${why}` };
    this.settle(outcome);
    for (const start of this.queue.splice(0)) start();
  }

  private settle(outcome: AdapterOutcome): void {
    const pending = this.pending;
    if (!pending) return;
    this.pending = null;
    clearTimeout(pending.entry.timer);
    pending.entry.resolve(outcome);
    this.busy = false;
    this.queue.shift()?.();
  }

  /** Runs one execution; the watchdog kills the worker when it overruns `timeoutMs + graceMs`. */
  execute(sample: AdapterSample, options: AdapterExecuteOptions, graceMs: number): Promise<AdapterOutcome> {
    return new Promise((resolve) => {
      const start = (): void => {
        if (this.dead) {
          resolve({
            status: 'crashed',
            incident: 'crash',
            message: 'crash: the worker was gone',
          } as IncidentOutcome);
          return;
        }
        this.busy = true;
        const id = this.nextId++;
        const limit = options.timeoutMs + graceMs;
        const timer = setTimeout(() => {
          const outcome: IncidentOutcome = {
            status: 'crashed',
            incident: 'hang',
            message: `hang: no answer within the ${options.timeoutMs} ms budget plus ${graceMs} ms grace`,
          };
          this.settle(outcome);
          this.kill();
        }, limit);
        this.pending = { id, entry: { resolve, timer } };
        const message: ToWorker = { type: 'execute', id, sample, options };
        try {
          this.child.send(message);
        } catch (error) {
          const lost: IncidentOutcome = {
            status: 'crashed',
            incident: 'crash',
            message: `crash: the worker's channel is closed (${(error as Error).message})`,
          };
          this.settle(lost);
          this.kill();
        }
      };
      if (this.busy) this.queue.push(start);
      else start();
    });
  }

  kill(): void {
    if (!this.dead) {
      this.dead = true;
      this.child.kill('SIGKILL');
      for (const start of this.queue.splice(0)) start();
    }
  }

  async dispose(): Promise<void> {
    if (this.dead) return;
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    const message: ToWorker = { type: 'dispose' };
    this.child.send(message);
    const timer = setTimeout(() => this.kill(), 5000);
    await exited;
    clearTimeout(timer);
  }
}

function workerIndex(tenantId: string, count: number): number {
  const slot = /^w(\d+)-/.exec(tenantId);
  if (slot) return Number(slot[1]) % count;
  let hash = 0;
  for (const ch of tenantId) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return hash % count;
}

/**
 * Starts the pool and waits for the first worker to load the adapter (its name and capabilities become
 * the pool's). Rejects with {@link AdapterLoadError} (or the worker's missing-peer message) when the
 * adapter cannot be loaded.
 */
export async function createWorkerPoolAdapter(options: WorkerPoolOptions): Promise<SandboxAdapter> {
  const count = Math.max(1, options.workers ?? 1);
  const graceMs = options.graceMs ?? 5000;
  const heap = options.maxOldSpaceMb ?? 1024;
  const spawnWorker = (): Worker => {
    const worker = new Worker(options.spec, heap);
    worker.ready.catch(() => {});
    return worker;
  };
  const first = spawnWorker();
  let info: { name: string; capabilities: AdapterCapabilities };
  try {
    info = await first.ready;
  } catch (error) {
    first.kill();
    throw error;
  }
  const workers: Worker[] = [first];
  for (let i = 1; i < count; i++) workers.push(spawnWorker());
  /** The live worker that serves `tenantId`, a replacement started if it died. */
  const liveWorker = (tenantId: string): Worker => {
    const index = workerIndex(tenantId, count);
    let worker = workers[index]!;
    if (worker.dead) {
      worker = spawnWorker();
      workers[index] = worker;
    }
    return worker;
  };
  const workerFor = async (tenantId: string): Promise<Worker> => {
    const worker = liveWorker(tenantId);
    try {
      await worker.ready;
    } catch (error) {
      worker.kill();
      return Promise.reject(error);
    }
    return worker;
  };
  return {
    name: info.name,
    capabilities: { ...info.capabilities },
    async execute(sample: AdapterSample, opts: AdapterExecuteOptions): Promise<AdapterOutcome> {
      let worker: Worker;
      try {
        worker = await workerFor(opts.tenantId);
      } catch (error) {
        const outcome: IncidentOutcome = {
          status: 'crashed',
          incident: 'crash',
          message: `crash: a new worker could not load the adapter: ${(error as Error).message}`,
        };
        return outcome;
      }
      return worker.execute(sample, opts, graceMs);
    },
    baselineKey: (tenantId: string) => `worker#${liveWorker(tenantId).serial}`,
    async dispose(): Promise<void> {
      await Promise.all(workers.map((w) => w.dispose()));
    },
  };
}

/**
 * Scans on a worker thread, so that no scan, however large, holds the thread that serves other tenants.
 * The worker runs the same {@link SecurityScanner} with the same options; the host only posts the request
 * and awaits the report. The budget is CPU time, checked inside the worker. The worker scans one job at a
 * time; the job at the head of the queue has a patience of four budgets plus a second, counted from when
 * the worker is ready (loaded and warmed up) and the job before it has answered. A job whose worker spent
 * the patience in CPU without answering (stuck in a phase that cannot check the budget), or that has not
 * answered within ten patiences of wall-clock time whatever it spent, fails closed with `scan-time-budget`,
 * and the worker is replaced; the jobs behind it go to the new worker. If a
 * worker cannot start (it exits or is not ready within 30 s), scans run in-thread from then on, with the
 * same verdicts and without the isolation.
 *
 * Measured (`scanner/test/worker-scanner.test.ts` prints both, on a shared 2-core machine at load ~11): a
 * 140 KB reassignment snippet scanned in-thread held the event loop for 660-780 ms (the whole scan, parse
 * included, which cannot check a budget); through the worker the host's largest timer gap stayed within
 * tens of milliseconds.
 */
import { Worker } from 'node:worker_threads';
import { FAIL_CLOSED_META, type FailClosedId } from './fail-closed.js';
import { resolveScanProfile } from './scan-profile.js';
import type { ScanJob } from './scan-worker-main.js';
import { SecurityScanner } from './security-scanner.js';
import { resolveScannerOptions, type ScannerOptions, type ScanReport, type ScanRequest } from './types.js';

/** Extra time, beyond the scan budget, before an unanswered scan is abandoned. */
const GRACE_MS = 1_000;
/**
 * The budget is CPU time, enforced inside the worker (scan-clock.ts); the host's wall-clock guard only
 * catches a worker stuck where it cannot check, so it allows several budgets: a loaded machine gives the
 * worker a fraction of a core, and that wait is not the snippet's cost.
 */
const PATIENCE_FACTOR = 4;

interface Pending {
  readonly resolve: (report: ScanReport) => void;
  readonly request: ScanRequest;
}

/**
 * The wall-clock backstop, in patiences: a scan whose worker keeps waiting for a core is abandoned after
 * this many, however little CPU it spent (a worker blocked without spinning is stuck too).
 */
const BACKSTOP_FACTOR = 10;

/** The CPU time a worker thread has spent, in milliseconds; undefined when it cannot be read (it exited). */
async function workerCpuMs(worker: Worker): Promise<number | undefined> {
  try {
    const { user, system } = await worker.cpuUsage();
    return (user + system) / 1000;
  } catch {
    return undefined;
  }
}

/** How long a new worker may take to load and warm up before scans fall back to the calling thread. */
const STARTUP_MS = 30_000;

/** Worker hosts, shared by every {@link WorkerScanner} with the same options and lane. */
const HOSTS = new Map<string, { host: WorkerHost; users: number }>();

/**
 * Snippets longer than this (in UTF-16 units) are scanned on a second worker, the large lane, so that a
 * request of ordinary size never waits behind a large one's scan in the same queue. Measured with
 * `bench/probes/scan-flood.ts`: with one worker, another tenant's `return 1` waited for the whole scan of a 140 KB
 * snippet (0.9-5.8 s at load ~50); a scan of 16 KB or less costs a few milliseconds.
 */
export const LARGE_SNIPPET_CHARS = 16 * 1024;

/**
 * A scanner whose `scan` runs on worker threads (one for snippets up to {@link LARGE_SNIPPET_CHARS}, one
 * for larger ones); `scanSync` stays in-thread. Scanners with the same options share the two workers, each
 * started on its first scan.
 */
export class WorkerScanner {
  readonly #keys: readonly [string, string];
  readonly #small: WorkerHost;
  readonly #large: WorkerHost;
  #closed = false;

  constructor(options: ScannerOptions = {}) {
    const resolved = resolveScannerOptions(options);
    const key = JSON.stringify(resolved);
    this.#keys = [`${key}|small`, `${key}|large`];
    this.#small = acquire(this.#keys[0], resolved);
    this.#large = acquire(this.#keys[1], resolved);
  }

  /** Scans on a worker (the large lane for large snippets). Never rejects. */
  scan(request: ScanRequest): Promise<ScanReport> {
    const host = isLarge(request) ? this.#large : this.#small;
    return this.#closed ? Promise.resolve(host.scanSync(request)) : host.scan(request);
  }

  /** The in-thread scan, for callers that need a synchronous answer. */
  scanSync(request: ScanRequest): ScanReport {
    return this.#small.scanSync(request);
  }

  /** Releases the shared workers (stopped when their last user closes); later scans run in-thread. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await Promise.all(this.#keys.map(release));
  }
}

function acquire(key: string, options: ScannerOptions): WorkerHost {
  const shared = HOSTS.get(key) ?? { host: new WorkerHost(options), users: 0 };
  shared.users++;
  HOSTS.set(key, shared);
  return shared.host;
}

async function release(key: string): Promise<void> {
  const shared = HOSTS.get(key);
  if (!shared || --shared.users > 0) return;
  HOSTS.delete(key);
  await shared.host.close();
}

/** Whether a request's code is long enough for the large lane (a malformed request is not). */
function isLarge(request: ScanRequest): boolean {
  try {
    const code: unknown = request.code;
    return typeof code === 'string' && code.length > LARGE_SNIPPET_CHARS;
  } catch {
    return false;
  }
}

/** One scan worker and its queue of pending scans. */
class WorkerHost {
  readonly #options: ScannerOptions;
  readonly #budgetMs: number;
  readonly #inline: SecurityScanner;
  readonly #pending = new Map<number, Pending>();
  #worker: Worker | undefined;
  #nextId = 1;
  #unavailable = false;
  #closed = false;
  /** Whether the current worker has loaded and warmed up (it says so with a `ready` message). */
  #ready = false;
  /** The deadline of the job at the head of the queue (the worker scans one job at a time, in order). */
  #headTimer: { id: number; timer: NodeJS.Timeout } | undefined;
  #startupTimer: NodeJS.Timeout | undefined;

  constructor(options: ScannerOptions = {}) {
    this.#options = { ...options };
    this.#budgetMs = resolveScannerOptions(options).timeBudgetMs;
    this.#inline = new SecurityScanner(options);
  }

  scan(request: ScanRequest): Promise<ScanReport> {
    const job = toJob(request);
    if (!job) return Promise.resolve(this.#inline.scanSync(request));
    const worker = this.#closed || this.#unavailable ? undefined : this.#ensureWorker();
    if (!worker) return Promise.resolve(this.#inline.scanSync(job));
    return new Promise<ScanReport>((resolve) => {
      const id = this.#nextId++;
      this.#pending.set(id, { resolve, request: job });
      // A pending scan keeps the process alive, as any pending I/O does; an idle worker does not.
      worker.ref();
      this.#post(worker, id, job);
      this.#armHead();
    });
  }

  /**
   * Starts the deadline of the oldest pending scan, once the worker is ready: the deadline covers the scan
   * itself, not the worker's start or the scans queued before it.
   */
  #armHead(): void {
    if (this.#headTimer || !this.#ready) return;
    const first = this.#pending.keys().next();
    if (first.done) return;
    const id = first.value;
    const worker = this.#worker;
    const armedAt = performance.now();
    const cpuAtArm = worker === undefined ? undefined : workerCpuMs(worker);
    const check = async (): Promise<void> => {
      if (this.#headTimer?.id !== id) return;
      // Abandon a worker that spent the patience in CPU on this scan (stuck where it cannot check the
      // budget), or that has not answered within the wall-clock backstop whatever it spent. A worker that
      // spent less was waiting for a core (a loaded machine): that wait is not the snippet's, so wait on.
      const [before, now] = await Promise.all([
        cpuAtArm,
        worker === undefined ? undefined : workerCpuMs(worker),
      ]);
      if (this.#headTimer?.id !== id) return;
      const spent = before === undefined || now === undefined ? Number.POSITIVE_INFINITY : now - before;
      if (spent < this.#patienceMs() && performance.now() - armedAt < this.#patienceMs() * BACKSTOP_FACTOR) {
        this.#headTimer = { id, timer: setTimeout(() => void check(), this.#patienceMs()) };
        return;
      }
      this.#abandon(id);
    };
    this.#headTimer = { id, timer: setTimeout(() => void check(), this.#patienceMs()) };
  }

  #patienceMs(): number {
    return this.#budgetMs * PATIENCE_FACTOR + GRACE_MS;
  }

  #post(worker: Worker, id: number, job: ScanRequest): void {
    try {
      worker.postMessage({ id, request: job } satisfies ScanJob);
    } catch {
      this.#settle(id, failedClosed(job, 'scanner-internal-error', 'the scan worker refused the job'));
    }
  }

  scanSync(request: ScanRequest): ScanReport {
    return this.#inline.scanSync(request);
  }

  async close(): Promise<void> {
    this.#closed = true;
    const worker = this.#worker;
    this.#worker = undefined;
    this.#clearTimers();
    for (const [id, pending] of this.#pending) {
      this.#settle(id, failedClosed(pending.request, 'scanner-internal-error', 'the scanner was closed'));
    }
    if (worker) {
      // Referenced until it has stopped: awaiting an unreferenced worker's end would let the process exit first.
      worker.ref();
      await worker.terminate();
    }
  }

  #ensureWorker(): Worker | undefined {
    if (this.#worker) return this.#worker;
    try {
      const worker = new Worker(new URL(`./scan-worker-main${moduleExtension()}`, import.meta.url), {
        workerData: this.#options,
        execArgv: loaderArgs(process.execArgv),
      });
      worker.unref();
      worker.on('message', (message: { id?: number; report?: ScanReport; ready?: boolean }) => {
        if (message.ready) {
          if (this.#worker !== worker) return;
          this.#ready = true;
          clearTimeout(this.#startupTimer);
          this.#armHead();
        } else if (message.id !== undefined && message.report) this.#settle(message.id, message.report);
      });
      worker.on('error', () => this.#fail(worker));
      worker.on('exit', () => this.#fail(worker));
      this.#worker = worker;
      this.#ready = false;
      this.#startupTimer = setTimeout(() => this.#fail(worker), STARTUP_MS);
      this.#startupTimer.unref();
      return worker;
    } catch {
      this.#unavailable = true;
      return undefined;
    }
  }

  /**
   * The worker died. If it never became ready (it cannot load here), scans run in-thread from now on, with the
   * same verdicts; if it died while scanning (a scan crashed it), its pending scans fail closed and the next
   * scan starts a new worker.
   */
  #fail(worker: Worker): void {
    if (this.#worker !== worker) return;
    const started = this.#ready;
    this.#worker = undefined;
    this.#clearTimers();
    if (!started) {
      this.#unavailable = true;
      void worker.terminate();
    }
    for (const [id, pending] of this.#pending) {
      this.#settle(
        id,
        started
          ? failedClosed(pending.request, 'scanner-internal-error', 'the scan worker stopped')
          : this.#inline.scanSync(pending.request),
      );
    }
  }

  #clearTimers(): void {
    clearTimeout(this.#startupTimer);
    if (this.#headTimer) clearTimeout(this.#headTimer.timer);
    this.#headTimer = undefined;
  }

  /**
   * A scan did not answer in time: it fails closed, the worker is replaced, and the scans queued behind it
   * are posted again to the new worker (with a fresh deadline), so one tenant's scan cannot fail another's.
   */
  #abandon(id: number): void {
    const pending = this.#pending.get(id);
    if (!pending) return;
    const worker = this.#worker;
    this.#worker = undefined;
    this.#clearTimers();
    this.#settle(
      id,
      failedClosed(pending.request, 'scan-time-budget', `no answer within ${this.#patienceMs()} ms`),
    );
    if (worker) void worker.terminate();
    const next = this.#pending.size > 0 ? this.#ensureWorker() : undefined;
    for (const [other, rest] of this.#pending) {
      if (next) this.#post(next, other, rest.request);
      else this.#settle(other, failedClosed(rest.request, 'scanner-internal-error', 'no scan worker'));
    }
    if (next) next.ref();
  }

  #settle(id: number, report: ScanReport): void {
    const pending = this.#pending.get(id);
    if (!pending) return;
    this.#pending.delete(id);
    if (this.#headTimer?.id === id) {
      clearTimeout(this.#headTimer.timer);
      this.#headTimer = undefined;
    }
    if (this.#pending.size === 0) this.#worker?.unref();
    pending.resolve(report);
    this.#armHead();
  }
}

/** Copies the request's fields into plain data the worker can receive; `undefined` if that fails. */
function toJob(request: ScanRequest): ScanRequest | undefined {
  try {
    const { code, executionId } = request;
    const profile = resolveScanProfile(request.profile);
    if (typeof code !== 'string' || !profile) return undefined;
    return {
      code,
      profile: { ...profile, allowedModules: [...profile.allowedModules] },
      ...(typeof executionId === 'string' ? { executionId } : {}),
    };
  } catch {
    return undefined;
  }
}

function failedClosed(request: ScanRequest, id: FailClosedId, detail: string): ScanReport {
  const meta = FAIL_CLOSED_META[id];
  const profile = request.profile;
  return {
    secure: false,
    score: 0,
    grade: 'F',
    findings: [
      {
        ruleId: meta.id,
        severity: 'critical',
        message: `${meta.description} (${detail})`,
        line: 1,
        column: 1,
      },
    ],
    warnings: [],
    recommendations: [meta.recommendation],
    durationMs: 0,
    profile: typeof profile === 'string' ? profile : (profile?.name ?? 'unknown'),
    ...(typeof request.executionId === 'string' ? { executionId: request.executionId } : {}),
  };
}

/** `.ts` when running from source (a TypeScript loader is active), `.js` when built. */
function moduleExtension(): string {
  return import.meta.url.endsWith('.ts') ? '.ts' : '.js';
}

/** The loader flags (`--import tsx`, `--require ...`) a worker needs to load the same sources. */
function loaderArgs(execArgv: readonly string[]): string[] {
  const kept: string[] = [];
  for (let i = 0; i < execArgv.length; i++) {
    const arg = execArgv[i] as string;
    if (arg === '--import' || arg === '--require' || arg === '--loader' || arg === '-r') {
      const next = execArgv[i + 1];
      if (next !== undefined) kept.push(arg, next);
      i++;
    } else if (/^--(import|require|loader|conditions)=/.test(arg)) {
      kept.push(arg);
    }
  }
  return kept;
}

/**
 * `createRuntime`: the public face of the reference runtime. It validates a request, runs the scanner,
 * takes an isolate from the profile's pool, runs the snippet in a fresh hardened context, and records
 * the outcome in the audit log and the performance monitor, whatever the outcome.
 */
import { randomUUID } from 'node:crypto';
import type { ScannerOptions, ScanReport } from '../scanner/index.js';
import { WorkerScanner } from '../scanner/index.js';
import { type AuditLog, createAuditLog } from './audit/index.js';
import { SandboxError } from './errors.js';
import { type ExecuteRequest, type ValidRequest, validateRequest } from './execution-request.js';
import type { Executor } from './executor.js';
import { DEFAULT_FETCH_POLICY, type FetchPolicy } from './fetch-bridge.js';
import { createInProcessExecutor } from './in-process-executor.js';
import { DEFAULT_POOL_OPTIONS, type PoolCounters, type PoolOptions } from './isolate-pool.js';
import { createPerformanceMonitor, type MetricsSnapshot, type PerformanceMonitor } from './monitor/index.js';
import { assertNodeFlags } from './node-flags.js';
import { ProcessExecutor } from './process-executor.js';
import { BUILTIN_PROFILES, defineProfile, type Profile } from './profiles.js';
import type { ExecutionMetrics, OutputLimits } from './sandbox-isolate.js';

/** Options of {@link createRuntime}; every field is optional. */
export interface RuntimeOptions {
  /** Pool settings, applied to every profile (per child process in `process` isolation). */
  pool?: Partial<PoolOptions>;
  /**
   * Where isolates live. `'process'` (default): in supervised child processes, so that what no isolate
   * can contain (a V8 fatal out-of-memory, a builtin that ignores termination; see SECURITY.md) fails
   * the executions of one child, which is restarted, while the audit log (kept here) loses nothing.
   * `'in-process'`: in this process, about 0.3-0.5 ms faster per execution (bench/probes/isolation-cost.ts), and
   * such a crash ends the host process: choose it only where a supervisor restarts the host.
   */
  isolation?: 'in-process' | 'process';
  /** Child processes in `process` isolation. Default 2. */
  processes?: number;
  /**
   * Executions a child process serves before it is retired and replaced (`process` isolation), so that
   * native memory a long-lived process accumulates is given back. Default 20,000.
   */
  processRecycleAfter?: number;
  /** Audit log: in memory by default; `{ path }` for an append-only JSONL file. */
  audit?: { path?: string; includeCode?: boolean; fsync?: 'always' | 'never' };
  /** Scanner bounds (size, depth, time budget). */
  scanner?: ScannerOptions;
  /** Custom profiles, validated here; each needs every profile field. */
  profiles?: unknown[];
  /** Origins each tenant's `fetch` may reach (profiles with `fetch` only). Default: none for every tenant. */
  fetchAllowlist?: Readonly<Record<string, readonly string[]>>;
  /** Bounds of `fetch` requests (size, time, and `maxInFlight`, 4 by default, per execution). */
  fetch?: Partial<Omit<FetchPolicy, 'allowedOrigins'>>;
  /** Largest snippet, in bytes. Default 256 KiB. */
  maxCodeBytes?: number;
  /** Largest `input`, as JSON bytes. Default 1 MiB. */
  maxInputBytes?: number;
  /** Bounds on console output and results. Defaults: 200 entries, 64 KiB of logs, 1 MiB of result. */
  output?: Partial<OutputLimits>;
}

/** What `execute` resolves with. */
export interface ExecuteResult {
  executionId: string;
  /** The snippet's return value, as JSON data (a copy made inside the sandbox). */
  value: unknown;
  /** Captured console output, bounded; `logsDropped` counts what the bound cut. */
  logs: string[];
  logsDropped: number;
  metrics: ExecutionMetrics;
  /** The scan report, or null when the request set `scan: false`. */
  scan: ScanReport | null;
  /** The hash of this execution's audit record. */
  auditHash: string;
}

/** Pool counters per profile and in total. */
export interface RuntimeStats extends PoolCounters {
  profiles: Record<string, PoolCounters>;
  /** Child processes restarted after a crash or a watchdog kill (`process` isolation only). */
  processRestarts: number;
  /** Process ids of the live sandbox child processes (`process` isolation; empty in-process). */
  sandboxPids: number[];
}

/** The reference runtime. */
export interface Runtime {
  /** Runs a snippet; rejects with a SandboxError carrying a stable code. */
  execute(request: ExecuteRequest): Promise<ExecuteResult>;
  stats(): RuntimeStats;
  /** Latency, CPU, heap and error figures; `{ format: 'prometheus' }` gives the text exposition format. */
  metrics(): MetricsSnapshot;
  metrics(options: { format: 'prometheus' }): string;
  /** The audit log of this runtime. */
  readonly audit: AuditLog;
  /**
   * Ends every isolate and closes the audit log. Later `execute` calls reject with `ERR_DISPOSED` and are
   * counted in `metrics()`; those made before the log is closed (while `dispose()` is pending) have an audit
   * record with that code, those made after it have none (a closed log takes no record).
   */
  dispose(): Promise<void>;
}

const KIB = 1024;

function poolOptions(partial: Partial<PoolOptions> | undefined): PoolOptions {
  const options = { ...DEFAULT_POOL_OPTIONS, ...partial };
  for (const [key, value] of Object.entries(options)) {
    if (value === undefined) continue;
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      throw new SandboxError(
        'ERR_INVALID_REQUEST',
        `invalid option: pool.${key} must be a non-negative number`,
        {
          field: `pool.${key}`,
        },
      );
    }
  }
  if (options.max < 1)
    throw new SandboxError('ERR_INVALID_REQUEST', 'invalid option: pool.max must be at least 1', {
      field: 'pool.max',
    });
  return options;
}

function profileMap(custom: unknown[] | undefined): Map<string, Profile> {
  const map = new Map<string, Profile>(Object.entries(BUILTIN_PROFILES));
  for (const spec of custom ?? []) {
    const profile = defineProfile(spec);
    if (map.has(profile.name)) {
      throw new SandboxError('ERR_INVALID_REQUEST', `invalid profile: ${profile.name} is defined twice`, {
        field: 'profiles',
      });
    }
    map.set(profile.name, profile);
  }
  return map;
}

/**
 * The fields of a request as far as they can be read without running its code twice: for the audit
 * record of a refused request, whose getters may throw (the refusal itself comes from validation). Only
 * strings are kept: converting anything else to text could run the caller's `toString`, which may throw.
 */
function readableFields(request: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (typeof request !== 'object' || request === null) return out;
  for (const key of ['code', 'profile', 'tenantId']) {
    try {
      const descriptor = Object.getOwnPropertyDescriptor(request, key);
      if (descriptor !== undefined && typeof descriptor.value === 'string') out[key] = descriptor.value;
    } catch {
      // A proxy that throws: the field stays unknown.
    }
  }
  return out;
}

function positiveInteger(value: unknown, fallback: number, field: string): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) {
    throw new SandboxError('ERR_INVALID_REQUEST', `invalid option: ${field} must be a positive integer`, {
      field,
    });
  }
  return value;
}

/** Creates a runtime. Refuses to start in a process without `--no-node-snapshot`. */
export function createRuntime(options: RuntimeOptions = {}): Runtime {
  assertNodeFlags();
  const profiles = profileMap(options.profiles);
  const settings = poolOptions(options.pool);
  // Scans run on a shared worker thread: a large snippet's scan never holds the thread serving other tenants.
  const scanner = new WorkerScanner(options.scanner);
  const audit = createAuditLog(options.audit);
  // Series for the known profiles only: requests naming others share one, whatever they name.
  const monitor: PerformanceMonitor = createPerformanceMonitor({ profiles: profiles.keys() });
  const limits = {
    maxCodeBytes: options.maxCodeBytes ?? 256 * KIB,
    maxInputBytes: options.maxInputBytes ?? 1024 * KIB,
    profiles,
  };
  const output: OutputLimits = {
    maxLogEntries: 200,
    maxLogBytes: 64 * KIB,
    maxResultBytes: 1024 * KIB,
    ...options.output,
  };
  const fetchBase = { ...DEFAULT_FETCH_POLICY, ...options.fetch };
  fetchBase.maxInFlight = positiveInteger(
    options.fetch?.maxInFlight,
    DEFAULT_FETCH_POLICY.maxInFlight,
    'fetch.maxInFlight',
  );
  let disposed = false;
  /** Set when the disposal closes the audit log: later calls can have no record. */
  let auditClosed = false;

  const isolation = options.isolation ?? 'process';
  if (isolation !== 'in-process' && isolation !== 'process') {
    throw new SandboxError(
      'ERR_INVALID_REQUEST',
      "invalid option: isolation must be 'in-process' or 'process'",
      { field: 'isolation' },
    );
  }
  const processExecutor =
    isolation === 'process'
      ? new ProcessExecutor(settings, output, [...profiles.values()], {
          processes: options.processes ?? 2,
          graceMs: 1_000,
          recycleAfter: positiveInteger(options.processRecycleAfter, 20_000, 'processRecycleAfter'),
        })
      : null;
  const executor: Executor = processExecutor ?? createInProcessExecutor(settings, output);

  const stats = (): RuntimeStats => {
    const s = executor.stats();
    return {
      ...s.total,
      profiles: s.profiles,
      processRestarts: processExecutor?.restarts() ?? 0,
      sandboxPids: processExecutor?.pids() ?? [],
    };
  };

  async function run(valid: ValidRequest, executionId: string, scan: ScanReport | null) {
    if (scan !== null && !scan.secure) {
      throw new SandboxError(
        'ERR_SECURITY_SCAN_FAILED',
        `the security scan refused the code (score ${scan.score}, grade ${scan.grade})`,
        {
          report: scan,
        },
      );
    }
    return executor.execute(valid.profile, valid.tenantId, {
      executionId,
      code: valid.code,
      inputJson: valid.inputJson,
      timeoutMs: valid.timeoutMs,
      fetchPolicy: { ...fetchBase, allowedOrigins: options.fetchAllowlist?.[valid.tenantId] ?? [] },
    });
  }

  const inflight = new Set<Promise<unknown>>();

  function execute(request: ExecuteRequest): Promise<ExecuteResult> {
    if (disposed) return refuseDisposed(request);
    const pending = executeOnce(request);
    const settled = pending.catch(() => undefined);
    inflight.add(settled);
    void settled.then(() => inflight.delete(settled));
    return pending;
  }

  async function executeOnce(request: ExecuteRequest): Promise<ExecuteResult> {
    const executionId = randomUUID();
    const startedAt = new Date();
    const started = performance.now();
    let valid: ValidRequest | undefined;
    let scan: ScanReport | null = null;
    let out: Awaited<ReturnType<typeof run>> | undefined;
    let error: SandboxError | null = null;
    try {
      valid = validateRequest(request, limits);
      if (valid.scan) scan = await scanner.scan({ code: valid.code, profile: valid.profile, executionId });
      out = await run(valid, executionId, scan);
    } catch (caught) {
      error = caught instanceof SandboxError ? caught : new SandboxError('ERR_INTERNAL', 'internal failure');
    }
    const args = { executionId, startedAt, started, valid, request, scan, error };
    const recorded = await record({
      ...args,
      cpuMs: out?.metrics.cpuMs ?? null,
      heap: out?.metrics.heapUsedBytes ?? null,
    });
    // Whatever failed, the caller gets one SandboxError, and the monitor counted it once (in record).
    const failure = recorded.error ?? error;
    if (failure !== null) {
      failure.executionId = executionId;
      throw failure;
    }
    return { executionId, ...(out as NonNullable<typeof out>), scan, auditHash: recorded.hash as string };
  }

  /**
   * A call after `dispose()`: `ERR_DISPOSED`, counted once. Its audit record is appended while the disposal
   * has not yet closed the log (the append is queued before the close, which waits for it); once the log
   * is closed, nothing can be appended and the call has no record: it never reached a scanner or a sandbox.
   */
  async function refuseDisposed(request: unknown): Promise<never> {
    const executionId = randomUUID();
    const error = new SandboxError(
      'ERR_DISPOSED',
      'the runtime is disposed: execute() was called after dispose(); create a new runtime',
      { executionId },
    );
    const args = {
      executionId,
      startedAt: new Date(),
      started: performance.now(),
      valid: undefined,
      request,
      scan: null,
      error,
      cpuMs: null,
      heap: null,
    };
    if (auditClosed) {
      count(args, readableFields(request), error, 0);
      throw error;
    }
    const recorded = await record(args);
    const failure = recorded.error ?? error;
    failure.executionId = executionId;
    throw failure;
  }

  interface RecordArgs {
    executionId: string;
    startedAt: Date;
    started: number;
    valid: ValidRequest | undefined;
    request: unknown;
    scan: ScanReport | null;
    error: SandboxError | null;
    cpuMs: number | null;
    heap: number | null;
  }

  /**
   * Appends the audit record, then counts the execution in the monitor, once. When the audit log cannot
   * take the record (a full disk, an I/O error, a closed log), the execution fails with ERR_INTERNAL,
   * whatever its own outcome was: a result whose record is missing is never handed out.
   */
  async function record(a: RecordArgs): Promise<{ hash: string | null; error: SandboxError | null }> {
    const wallMs = performance.now() - a.started;
    const raw = readableFields(a.request);
    const profile = profileName(a, raw);
    let hash: string | null = null;
    let auditFailure: SandboxError | null = null;
    try {
      const entry = await audit.append({
        executionId: a.executionId,
        tenantId: a.valid?.tenantId ?? String(raw.tenantId ?? 'unknown').slice(0, 128),
        profile,
        code: a.valid?.code ?? (typeof raw.code === 'string' ? raw.code : ''),
        input: a.valid?.input,
        startedAt: a.startedAt.toISOString(),
        wallMs,
        cpuMs: a.cpuMs,
        outcome: a.error === null ? 'ok' : 'error',
        errorCode: a.error?.code ?? null,
        scanScore: a.scan?.score ?? null,
        scanSecure: a.scan?.secure ?? null,
      });
      hash = entry.hash;
    } catch {
      const ended = a.error === null ? 'it completed' : `it ended with ${a.error.code}`;
      auditFailure = new SandboxError(
        'ERR_INTERNAL',
        `the audit record of this execution could not be written (${ended})`,
      );
    }
    count(a, raw, auditFailure ?? a.error, wallMs);
    return { hash, error: auditFailure };
  }

  /** Counts an execution in the monitor, once, under its profile (or the series of unknown names). */
  function count(
    a: RecordArgs,
    raw: Record<string, unknown>,
    error: SandboxError | null,
    wallMs: number,
  ): void {
    monitor.record({
      profile: profileName(a, raw),
      wallMs,
      cpuMs: a.cpuMs,
      heapUsedBytes: a.heap,
      errorCode: error?.code ?? null,
    });
  }

  function profileName(a: RecordArgs, raw: Record<string, unknown>): string {
    return a.valid?.profile.name ?? String(raw.profile ?? 'unknown').slice(0, 64);
  }

  function metrics(): MetricsSnapshot;
  function metrics(o: { format: 'prometheus' }): string;
  function metrics(o?: { format: 'prometheus' }): MetricsSnapshot | string {
    const pool = stats();
    const poolLike = { total: pool, profiles: pool.profiles };
    return o?.format === 'prometheus' ? monitor.prometheus(poolLike) : monitor.snapshot(poolLike);
  }

  return {
    execute,
    stats,
    metrics,
    audit,
    async dispose() {
      if (disposed) return;
      disposed = true;
      const ended = executor.dispose();
      // Executions ended by the disposal still append their record before the log closes.
      await Promise.all(inflight);
      await ended;
      await scanner.close();
      auditClosed = true;
      await audit.close();
    },
  };
}

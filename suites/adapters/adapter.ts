/**
 * The one interface through which the conformance suite drives a sandbox. An adapter turns whatever its
 * sandbox does into a normalized {@link AdapterOutcome}; guest failures are data, never exceptions.
 * See `suites/ADAPTERS.md` for the contract written for sandbox authors.
 */

/** What a sandbox can do; the runner skips what an adapter does not claim. */
export interface AdapterCapabilities {
  /** Profiles the adapter can emulate (names of the reference contract). */
  profiles: string[];
  /** True when the adapter runs a static scanner when `options.scan` is set. */
  scanner: boolean;
  /** True when executions of different tenants are meant to be isolated from each other. */
  tenantIsolation?: boolean;
  /**
   * True when guest code runs inside the harness's own process and heap (Node's `vm`): an escape can
   * tamper with the harness. Reports say so; the harness gives every in-process run of several profiles
   * one child process per profile anyway (profile-processes.ts).
   */
  sharesHostProcess?: boolean;
  /**
   * What the sandbox does not try to do, by design (see {@link NON_GOALS}). The results then separate a
   * failure in a category a non-goal covers ("lacks a declared capability") from one where the sandbox
   * claims the capability and fails.
   */
  nonGoals?: string[];
  /** Free-form notes shown in reports (engine, version, isolation mechanism). */
  notes?: string;
}

/**
 * The non-goals an adapter may declare, and the corpus categories each one accounts for. A sandbox
 * without a time limit cannot stop a busy loop; one that shares the host heap cannot stop an allocation
 * from costing the host; neither is an escape, and neither is a surprise.
 */
export const NON_GOALS: Readonly<Record<string, { description: string; categories: readonly string[] }>> = {
  'time-limit': { description: 'no CPU or wall-clock bound', categories: ['resource-exhaustion'] },
  'memory-limit': { description: 'no memory bound', categories: ['resource-exhaustion'] },
  'separate-heap': {
    description: 'guests share the host heap (an allocation costs the host)',
    categories: ['resource-exhaustion'],
  },
  'tenant-isolation': {
    description: 'no isolation between tenants',
    categories: ['persistence'],
  },
  'timing-channels': {
    description: 'timers and stack traces are not hardened',
    categories: ['timing-side-channel'],
  },
  'static-scanner': { description: 'no static scanner', categories: [] },
};

/** One execution's code and input. */
export interface AdapterSample {
  /** Sample id, for the adapter's own logs. */
  id: string;
  /** The body of an async function, run in strict mode; `return` gives the value. */
  code: string;
  /** JSON data visible to the guest as the global `input`. */
  input?: unknown;
}

/** How to run one execution. */
export interface AdapterExecuteOptions {
  profile: string;
  tenantId: string;
  /** Run the adapter's static scanner first (ignored when `capabilities.scanner` is false). */
  scan: boolean;
  /** Wall-clock budget of the execution, pending promises included. */
  timeoutMs: number;
}

/**
 * The sandbox's audit record of one execution, for adapters whose sandbox keeps one: the oracle holds it
 * against the outcome and against the code (see integrity-oracle.ts).
 */
export interface AdapterAudit {
  outcome: 'ok' | 'error';
  errorCode: string | null;
  codeSha256: string;
}

/** The normalized result of one execution, tagged by `status`; `audit` when the sandbox keeps a record. */
export type AdapterOutcome = (
  | { status: 'completed'; value: unknown; logs: string[] }
  | { status: 'refused-by-scan'; report: unknown }
  | { status: 'threw'; errorCode: string; name?: string; message: string; logs?: string[] }
  | { status: 'timeout'; logs?: string[] }
  | { status: 'memory'; logs?: string[] }
  | { status: 'crashed'; message: string }
) & { audit?: AdapterAudit };

/** A sandbox under test. */
export interface SandboxAdapter {
  /** Short name used in reports and to find `suites/expectations/<name>.yaml`. */
  readonly name: string;
  readonly capabilities: AdapterCapabilities;
  /** Runs one execution. Must not throw for anything the guest does; throwing means the adapter broke. */
  execute(sample: AdapterSample, options: AdapterExecuteOptions): Promise<AdapterOutcome>;
  /** Releases every resource; the adapter is not used afterwards. */
  dispose(): Promise<void>;
  /**
   * Optional: the ids of the processes that run guest code, other than the harness's own. The oracle reads
   * their CPU time and resident memory (suites/resource-oracle.ts) for the `lifetime` and `accounting`
   * samples; an adapter without it is judged on outcomes alone there.
   */
  sandboxProcesses?(): number[];
  /**
   * Optional: which instance of the sandbox serves `tenantId` now (a worker process, say), for adapters
   * that spread tenants over several. Each instance's pristine state is probed before its first sample and
   * residue is judged against its own baseline, so one instance's starting state (a frozen realm, a
   * random global) is never charged to a sample run on another. The worker pool implements it.
   */
  baselineKey?(tenantId: string): string;
}

/** A factory a user's adapter module may export (as default or as `createAdapter`). */
export type AdapterFactory = () => SandboxAdapter | Promise<SandboxAdapter>;

/** The SandboxError code an outcome stands for, so expectations can narrow codes uniformly. */
export function outcomeCode(outcome: AdapterOutcome): string | null {
  switch (outcome.status) {
    case 'refused-by-scan':
      return 'ERR_SECURITY_SCAN_FAILED';
    case 'threw':
      return outcome.errorCode;
    case 'timeout':
      return 'ERR_TIMEOUT';
    case 'memory':
      return 'ERR_MEMORY_LIMIT';
    default:
      return null;
  }
}

/** Messages copied from a guest are bounded, so a hostile sample cannot flood the report. */
export function boundMessage(message: unknown, limit = 500): string {
  const text = typeof message === 'string' ? message : String(message);
  return text.length > limit ? `${text.slice(0, limit)}…` : text;
}

/**
 * The `reference` adapter: sandproof's own runtime (`runtime/index.ts`), one runtime instance per adapter,
 * every profile, scanner included. The runtime is imported lazily through its public index only, so the
 * suite keeps driving it through the adapter interface like any other sandbox.
 */
import { PROFILE_NAMES } from '../../contract/index.js';
import {
  type AdapterAudit,
  type AdapterExecuteOptions,
  type AdapterOutcome,
  type AdapterSample,
  boundMessage,
  type SandboxAdapter,
} from './adapter.js';

/** The slice of the runtime's public API this adapter relies on. */
interface RuntimeLike {
  execute(request: {
    code: string;
    profile: string;
    tenantId: string;
    input?: unknown;
    scan: boolean;
    timeoutMs: number;
  }): Promise<{ value: unknown; logs?: string[]; executionId?: string }>;
  dispose(): Promise<void>;
  stats(): { sandboxPids: number[] };
  audit?: { records(): readonly AuditRecordLike[] };
}

interface AuditRecordLike {
  executionId: string;
  outcome: 'ok' | 'error';
  errorCode: string | null;
  codeSha256: string;
}

/** The audit record of one execution, searched from the newest (executions in flight are few). */
function auditOf(runtime: RuntimeLike, executionId: unknown): AdapterAudit | undefined {
  if (typeof executionId !== 'string' || runtime.audit === undefined) return undefined;
  const records = runtime.audit.records();
  for (let i = records.length - 1; i >= 0 && i >= records.length - 64; i--) {
    const r = records[i];
    if (r?.executionId === executionId) {
      return { outcome: r.outcome, errorCode: r.errorCode, codeSha256: r.codeSha256 };
    }
  }
  return undefined;
}

/** `outcome` with the execution's audit record, when the runtime has it. */
function withAudit(outcome: AdapterOutcome, audit: AdapterAudit | undefined): AdapterOutcome {
  return audit === undefined ? outcome : { ...outcome, audit };
}

interface RuntimeModule {
  createRuntime(options?: Record<string, unknown>): RuntimeLike;
  BUILTIN_PROFILES: Record<string, { timeoutMs: number }>;
}

/** Where the reference runtime lives, relative to this file. */
const RUNTIME_ENTRY = '../../runtime/index.js';

/** Maps a rejection of `runtime.execute` to a normalized outcome. */
export function mapRuntimeError(error: unknown): AdapterOutcome {
  const err = (error ?? {}) as { code?: unknown; message?: unknown; guestName?: unknown; name?: unknown };
  const code = typeof err.code === 'string' ? err.code : '';
  if (!code.startsWith('ERR_')) {
    return { status: 'crashed', message: boundMessage(err.message ?? error) };
  }
  switch (code) {
    case 'ERR_SECURITY_SCAN_FAILED':
      return { status: 'refused-by-scan', report: (error as { report?: unknown }).report ?? null };
    case 'ERR_TIMEOUT':
      return { status: 'timeout' };
    case 'ERR_MEMORY_LIMIT':
      return { status: 'memory' };
    default: {
      const name = typeof err.guestName === 'string' ? err.guestName : undefined;
      const message = boundMessage(err.message ?? '');
      return name === undefined
        ? { status: 'threw', errorCode: code, message }
        : { status: 'threw', errorCode: code, name, message };
    }
  }
}

/**
 * Creates the reference adapter; rejects when the runtime cannot be loaded (the harness then exits 2). The
 * runtime itself, and its sandbox processes, start with the first execution.
 */
export async function createReferenceAdapter(options: Record<string, unknown> = {}): Promise<SandboxAdapter> {
  const specifier: string = RUNTIME_ENTRY;
  const mod = (await import(specifier)) as RuntimeModule;
  // Created on first use: a harness that only reads the capabilities (to hand each profile to a child
  // process) starts no sandbox process.
  let created: RuntimeLike | null = null;
  const runtime = (): RuntimeLike => {
    created ??= mod.createRuntime(options);
    return created;
  };
  // The harness may ask for more patience than a profile allows (its load re-runs); the profile's own
  // timeout is the most the runtime grants, so the request is clamped to it rather than refused.
  const budget = (profile: string, asked: number) =>
    Math.min(asked, mod.BUILTIN_PROFILES[profile]?.timeoutMs ?? asked);
  return {
    name: 'reference',
    capabilities: {
      profiles: [...PROFILE_NAMES],
      scanner: true,
      tenantIsolation: true,
      notes: 'sandproof runtime on isolated-vm',
    },
    async execute(sample: AdapterSample, opts: AdapterExecuteOptions): Promise<AdapterOutcome> {
      try {
        const result = await runtime().execute({
          code: sample.code,
          profile: opts.profile,
          tenantId: opts.tenantId,
          input: sample.input,
          scan: opts.scan,
          timeoutMs: budget(opts.profile, opts.timeoutMs),
        });
        const completed: AdapterOutcome = {
          status: 'completed',
          value: result.value,
          logs: result.logs ?? [],
        };
        return withAudit(completed, auditOf(runtime(), result.executionId));
      } catch (error) {
        return withAudit(
          mapRuntimeError(error),
          auditOf(runtime(), (error as { executionId?: unknown })?.executionId),
        );
      }
    },
    dispose: async () => {
      await created?.dispose();
    },
    sandboxProcesses: () => runtime().stats().sandboxPids,
  };
}

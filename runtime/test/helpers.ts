/** Shared helpers of the runtime tests. */
import { existsSync, readFileSync } from 'node:fs';
import { SandboxError } from '../errors.js';
import type { ExecuteRequest } from '../execution-request.js';
import { DEFAULT_FETCH_POLICY } from '../fetch-bridge.js';
import type { Runtime } from '../runtime.js';
import type { ExecutionJob, OutputLimits } from '../sandbox-isolate.js';

/** An execution's outcome as data: the value, or the error code (never message text). */
export type Outcome =
  | { ok: true; value: unknown; logs: string[] }
  | { ok: false; code: string; guestName?: string };

/** Runs a request and returns its outcome instead of throwing. */
export async function outcome(runtime: Runtime, request: ExecuteRequest): Promise<Outcome> {
  try {
    const result = await runtime.execute(request);
    return { ok: true, value: result.value, logs: result.logs };
  } catch (error) {
    if (!(error instanceof SandboxError)) throw error;
    return error.guestName === undefined
      ? { ok: false, code: error.code }
      : { ok: false, code: error.code, guestName: error.guestName };
  }
}

/** The three built-in profiles. */
export const PROFILES = ['ultra-secure', 'high-security', 'tenant-isolated'] as const;

/**
 * True while process `pid` runs. A zombie (exited, not yet reaped by its parent) counts as ended: the
 * children of a host that exited are reaped by whoever adopts them, sometimes late.
 */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^\d+ \(.*\) Z /.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    // On Linux the process ended between the two reads; elsewhere there is no /proc to ask.
    return !existsSync('/proc/self');
  }
}

/** Output bounds for tests that drive a SandboxIsolate directly. */
export const TEST_LIMITS: OutputLimits = { maxLogEntries: 10, maxLogBytes: 1_000, maxResultBytes: 100_000 };

/** A job for a SandboxIsolate driven directly: no fetch origin, a 2 s deadline unless given. */
export function isolateJob(
  code: string,
  options: { inputJson?: string; timeoutMs?: number } = {},
): ExecutionJob {
  return {
    executionId: 'test',
    code,
    inputJson: options.inputJson,
    timeoutMs: options.timeoutMs ?? 2_000,
    fetchPolicy: DEFAULT_FETCH_POLICY,
  };
}

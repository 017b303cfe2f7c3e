/** Shared helpers of the reliability tests. */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ERROR_CODES, type ExecuteRequest, type Runtime, SandboxError } from '../../runtime/index.js';

/** An execution's outcome as data: `ok` with the value, or the error code; never message text. */
export type Settled = { code: 'ok'; value: unknown } | { code: string; error: unknown };

/** Runs a request (of any shape: hostile callers pass anything) and returns its outcome instead of throwing. */
export async function settle(runtime: Runtime, request: unknown): Promise<Settled> {
  try {
    const result = await runtime.execute(request as ExecuteRequest);
    return { code: 'ok', value: result.value };
  } catch (error) {
    return { code: error instanceof SandboxError ? error.code : 'NOT_A_SANDBOX_ERROR', error };
  }
}

const CODES: ReadonlySet<string> = new Set(ERROR_CODES);

/**
 * Why an outcome breaks the contract, or null: a failure must be a SandboxError with a stable code whose
 * stack is its message line alone (no host frame, no host path).
 */
export function contractBreach(outcome: Settled): string | null {
  if (outcome.code === 'ok') return null;
  if (!CODES.has(outcome.code)) return `uncoded failure: ${String(outcome.code)}`;
  const stack = String(
    (outcome as { error: unknown }).error instanceof Error ? (outcome as { error: Error }).error.stack : '',
  );
  if (/\n\s+at |\.ts:\d|node:internal|\/work\//.test(stack)) return 'host frames in the error stack';
  return null;
}

/** A fresh temporary directory; `remove` deletes it and everything in it. */
export function tempDir(prefix: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `sandproof-${prefix}-`));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The three built-in profiles. */
export const PROFILES = ['ultra-secure', 'high-security', 'tenant-isolated'] as const;

/**
 * True while process `pid` runs. A zombie (exited, not yet reaped) counts as ended: the children of a host
 * that exited are reaped by whoever adopts them, sometimes late.
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

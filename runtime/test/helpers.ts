/** Shared helpers of the runtime tests. */
import { SandboxError } from '../errors.js';
import type { ExecuteRequest } from '../execution-request.js';
import type { Runtime } from '../runtime.js';

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

/**
 * The request of `runtime.execute`, and its validation. A bad request rejects with
 * `ERR_INVALID_REQUEST` naming the field, before anything is scanned, queued or run.
 */
import { SandboxError } from './errors.js';
import { BUILTIN_PROFILES, DEFAULT_PROFILE, type Profile } from './profiles.js';
import { readInput } from './request-input.js';

/** What a caller asks the runtime to run. */
export interface ExecuteRequest {
  /** The body of an async function: `return` gives the result, `await` works. */
  code: string;
  /** A built-in profile name, or the name of a custom profile given to `createRuntime`. Default `ultra-secure`. */
  profile?: string;
  /** Executions of different tenants never share state. Default `'default'`. */
  tenantId?: string;
  /** JSON-compatible data, visible to the snippet as the global `input` (a copy). */
  input?: unknown;
  /** Run the security scanner first. Default true. */
  scan?: boolean;
  /** A timeout below the profile's, in milliseconds. */
  timeoutMs?: number;
}

/** A request after validation. */
export interface ValidRequest {
  code: string;
  profile: Profile;
  tenantId: string;
  inputJson: string | undefined;
  /** A copy of the request's input, read once (request-input.ts); the caller's value is never read again. */
  input: unknown;
  scan: boolean;
  timeoutMs: number;
}

const REQUEST_KEYS = new Set(['code', 'profile', 'tenantId', 'input', 'scan', 'timeoutMs']);
const TENANT_ID = /^[A-Za-z0-9._:@-]{1,128}$/;
function bad(field: string, why: string): SandboxError {
  return new SandboxError('ERR_INVALID_REQUEST', `invalid request: ${field} ${why}`, { field });
}

/** Options of the runtime that bound requests. */
export interface RequestLimits {
  maxCodeBytes: number;
  maxInputBytes: number;
  profiles: ReadonlyMap<string, Profile>;
}

function resolveProfile(name: unknown, limits: RequestLimits): Profile {
  if (name === undefined) return BUILTIN_PROFILES[DEFAULT_PROFILE];
  if (typeof name !== 'string') throw bad('profile', 'must be a profile name');
  const profile = limits.profiles.get(name);
  if (profile === undefined)
    throw bad('profile', `names no known profile (${[...limits.profiles.keys()].join(', ')})`);
  return profile;
}

/**
 * Reads the request's own fields once, into a plain object: a getter or a proxy trap runs here, once,
 * and one that throws is the caller's bad request, not a failure of ours.
 */
export function snapshotRequest(request: unknown): Record<string, unknown> {
  if (typeof request !== 'object' || request === null) throw bad('request', 'must be an object');
  let keys: string[];
  try {
    keys = Object.keys(request);
  } catch {
    throw bad('request', 'could not be read');
  }
  const copy: Record<string, unknown> = {};
  for (const key of keys) {
    if (!REQUEST_KEYS.has(key)) throw bad(key, 'is not a request field');
    try {
      copy[key] = (request as Record<string, unknown>)[key];
    } catch {
      throw bad(key, 'could not be read');
    }
  }
  return copy;
}

/** Validates a request; throws `ERR_INVALID_REQUEST` naming the field at fault. */
export function validateRequest(request: unknown, limits: RequestLimits): ValidRequest {
  const r = snapshotRequest(request);
  if (typeof r.code !== 'string') throw bad('code', 'must be a string');
  if (Buffer.byteLength(r.code) > limits.maxCodeBytes)
    throw bad('code', `is larger than ${limits.maxCodeBytes} bytes`);
  const profile = resolveProfile(r.profile, limits);
  const tenantId = r.tenantId ?? 'default';
  if (typeof tenantId !== 'string' || !TENANT_ID.test(tenantId)) {
    throw bad('tenantId', 'must be 1-128 characters of letters, digits and ._:@-');
  }
  if (r.scan !== undefined && typeof r.scan !== 'boolean') throw bad('scan', 'must be a boolean');
  let timeoutMs = profile.timeoutMs;
  if (r.timeoutMs !== undefined) {
    const t = r.timeoutMs;
    if (typeof t !== 'number' || !Number.isInteger(t) || t < 1)
      throw bad('timeoutMs', 'must be a positive integer');
    if (t > profile.timeoutMs)
      throw bad('timeoutMs', `is above the profile's timeout (${profile.timeoutMs} ms)`);
    timeoutMs = t;
  }
  const input = readInput(r.input, limits.maxInputBytes);
  return {
    code: r.code,
    profile,
    tenantId,
    inputJson: input?.json,
    input: input?.copy,
    scan: r.scan ?? true,
    timeoutMs,
  };
}

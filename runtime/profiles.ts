/**
 * The security profiles, as data. A profile says what the guest may reach and what it may spend;
 * the hardening script and the pool read nothing else. Custom profiles are validated on creation by
 * {@link defineProfile}; options that weaken security are named `unsafe*` or say so in their JSDoc.
 */
import { SandboxError } from './errors.js';

/** The names of the built-in profiles. */
export type BuiltinProfileName = 'ultra-secure' | 'high-security' | 'tenant-isolated';

/** Modules that can run inside an isolate from their own source. */
export const KNOWN_MODULES = ['lodash', 'moment', 'uuid'] as const;
/** A module name from {@link KNOWN_MODULES}. */
export type ModuleName = (typeof KNOWN_MODULES)[number];

/** A complete, validated security profile. */
export interface Profile {
  readonly name: string;
  /** Per-execution memory budget, enforced by the runtime (see SECURITY.md for its accuracy). */
  readonly memoryBudgetBytes: number;
  /** Wall-clock timeout covering sync code, pending promises, microtasks and result copying. */
  readonly timeoutMs: number;
  /** Allows `Function` and the Async/Generator/AsyncGenerator constructors: code generation from strings. */
  readonly allowFunctionConstructor: boolean;
  /** Modules `require` may load; empty means `require` is absent. */
  readonly allowedModules: readonly ModuleName[];
  /** Exposes a host-mediated `fetch`, limited to the tenant's allowlisted origins. */
  readonly fetch: boolean;
  readonly webAssembly: boolean;
  /** `SharedArrayBuffer` and `Atomics` (a high-resolution timer source with threads; here, without). */
  readonly sharedArrayBuffer: boolean;
  /**
   * `WeakRef` and `FinalizationRegistry`: GC-timing observers. Cleanup callbacks are called only while
   * their execution runs (runtime/guest/lifetime-taming-source.ts), never after it.
   */
  readonly weakRefs: boolean;
  /** Dedicated isolates per tenant instead of isolates shared between tenants. */
  readonly isolatePerTenant: boolean;
}

const MB = 1024 * 1024;

/** The built-in profiles of the profile contract (ARCHITECTURE.md). */
export const BUILTIN_PROFILES: Readonly<Record<BuiltinProfileName, Profile>> = Object.freeze({
  'ultra-secure': Object.freeze({
    name: 'ultra-secure',
    memoryBudgetBytes: 2 * MB,
    timeoutMs: 5_000,
    allowFunctionConstructor: false,
    allowedModules: Object.freeze([]),
    fetch: false,
    webAssembly: false,
    sharedArrayBuffer: false,
    weakRefs: false,
    isolatePerTenant: false,
  }),
  'high-security': Object.freeze({
    name: 'high-security',
    memoryBudgetBytes: 4 * MB,
    timeoutMs: 10_000,
    allowFunctionConstructor: false,
    allowedModules: Object.freeze(['lodash', 'moment'] as const),
    fetch: false,
    webAssembly: false,
    sharedArrayBuffer: true,
    weakRefs: false,
    isolatePerTenant: false,
  }),
  'tenant-isolated': Object.freeze({
    name: 'tenant-isolated',
    memoryBudgetBytes: 8 * MB,
    timeoutMs: 15_000,
    allowFunctionConstructor: true,
    allowedModules: Object.freeze(['lodash', 'moment', 'uuid'] as const),
    fetch: true,
    webAssembly: true,
    sharedArrayBuffer: true,
    weakRefs: true,
    isolatePerTenant: true,
  }),
});

/** The default profile: the strictest. */
export const DEFAULT_PROFILE: BuiltinProfileName = 'ultra-secure';

/** Bounds a custom profile must respect: they keep the host safe whatever the profile says. */
const LIMITS = { minBudget: 256 * 1024, maxBudget: 512 * MB, minTimeout: 1, maxTimeout: 10 * 60_000 };

function invalid(field: string, why: string): SandboxError {
  return new SandboxError('ERR_INVALID_REQUEST', `invalid profile: ${field} ${why}`, {
    field: `profile.${field}`,
  });
}

function checkNumber(value: unknown, field: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw invalid(field, `must be an integer between ${min} and ${max}`);
  }
  return value;
}

function checkBoolean(value: unknown, field: string): boolean {
  if (typeof value !== 'boolean') throw invalid(field, 'must be a boolean');
  return value;
}

function checkModules(value: unknown): readonly ModuleName[] {
  if (!Array.isArray(value)) throw invalid('allowedModules', 'must be an array of module names');
  for (const name of value) {
    if (!(KNOWN_MODULES as readonly unknown[]).includes(name)) {
      throw invalid('allowedModules', `names an unknown module (known: ${KNOWN_MODULES.join(', ')})`);
    }
  }
  return Object.freeze([...new Set(value as ModuleName[])]);
}

const PROFILE_KEYS = new Set(Object.keys(BUILTIN_PROFILES['ultra-secure']));

/**
 * Validates a custom profile. Every field is required, so that a new capability added to the
 * contract later can never default to "on" in an old custom profile.
 */
export function defineProfile(spec: unknown): Profile {
  if (typeof spec !== 'object' || spec === null) throw invalid('(root)', 'must be an object');
  const s = spec as Record<string, unknown>;
  for (const key of Object.keys(s)) if (!PROFILE_KEYS.has(key)) throw invalid(key, 'is not a profile field');
  if (typeof s.name !== 'string' || !/^[a-z0-9][a-z0-9-]{0,63}$/.test(s.name)) {
    throw invalid('name', 'must be kebab-case, 1-64 characters');
  }
  if (s.name in BUILTIN_PROFILES) throw invalid('name', 'is the name of a built-in profile');
  return Object.freeze({
    name: s.name,
    memoryBudgetBytes: checkNumber(
      s.memoryBudgetBytes,
      'memoryBudgetBytes',
      LIMITS.minBudget,
      LIMITS.maxBudget,
    ),
    timeoutMs: checkNumber(s.timeoutMs, 'timeoutMs', LIMITS.minTimeout, LIMITS.maxTimeout),
    allowFunctionConstructor: checkBoolean(s.allowFunctionConstructor, 'allowFunctionConstructor'),
    allowedModules: checkModules(s.allowedModules),
    fetch: checkBoolean(s.fetch, 'fetch'),
    webAssembly: checkBoolean(s.webAssembly, 'webAssembly'),
    sharedArrayBuffer: checkBoolean(s.sharedArrayBuffer, 'sharedArrayBuffer'),
    weakRefs: checkBoolean(s.weakRefs, 'weakRefs'),
    isolatePerTenant: checkBoolean(s.isolatePerTenant, 'isolatePerTenant'),
  });
}

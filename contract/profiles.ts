/**
 * The profile contract, as data: the names of the built-in profiles, what each lets a guest reach and what it
 * may spend. The runtime enforces these fields, the scanner reads their capability part, the suite and the
 * benchmarks iterate over the names; all of them import this one table.
 */

/** The built-in profiles, strictest first: the order reports and commands list them in. */
export const PROFILE_NAMES = ['ultra-secure', 'high-security', 'tenant-isolated'] as const;

/** The name of a built-in profile. */
export type ProfileName = (typeof PROFILE_NAMES)[number];

/** The profile used when a request names none: the strictest. */
export const DEFAULT_PROFILE_NAME: ProfileName = 'ultra-secure';

/** Whether `name` names a built-in profile. */
export function isProfileName(name: unknown): name is ProfileName {
  return typeof name === 'string' && (PROFILE_NAMES as readonly string[]).includes(name);
}

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

/** The built-in profiles (the profile table of the README and ARCHITECTURE.md). */
export const BUILTIN_PROFILES: Readonly<Record<ProfileName, Profile>> = Object.freeze({
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

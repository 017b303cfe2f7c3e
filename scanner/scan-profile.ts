/**
 * The capability view of a security profile: the only facts the scanner's rules depend on.
 * The runtime passes its own profile objects, which carry at least these fields; the scanner never
 * imports them, so this file restates the profile contract of ARCHITECTURE.md for the built-ins.
 */

/** The names of the built-in profiles. */
export type ScanProfileName = 'ultra-secure' | 'high-security' | 'tenant-isolated';

/** What a profile lets a snippet reach, as far as the scanner's rules are concerned. */
export interface ScanProfile {
  readonly name: string;
  /** `Function` and the Async/Generator/AsyncGenerator constructors work (string code generation). */
  readonly allowFunctionConstructor: boolean;
  /** Modules `require` may load; empty means `require` is absent. */
  readonly allowedModules: readonly string[];
  readonly webAssembly: boolean;
  /** `SharedArrayBuffer` and `Atomics`. */
  readonly sharedArrayBuffer: boolean;
  readonly fetch: boolean;
}

/** The three built-in profiles of the profile contract. */
export const SCAN_PROFILES: Readonly<Record<ScanProfileName, ScanProfile>> = Object.freeze({
  'ultra-secure': Object.freeze({
    name: 'ultra-secure',
    allowFunctionConstructor: false,
    allowedModules: Object.freeze([]),
    webAssembly: false,
    sharedArrayBuffer: false,
    fetch: false,
  }),
  'high-security': Object.freeze({
    name: 'high-security',
    allowFunctionConstructor: false,
    allowedModules: Object.freeze(['lodash', 'moment']),
    webAssembly: false,
    sharedArrayBuffer: true,
    fetch: false,
  }),
  'tenant-isolated': Object.freeze({
    name: 'tenant-isolated',
    allowFunctionConstructor: true,
    allowedModules: Object.freeze(['lodash', 'moment', 'uuid']),
    webAssembly: true,
    sharedArrayBuffer: true,
    fetch: true,
  }),
});

/** The profile used when a request names none: the strictest, as in the runtime. */
export const DEFAULT_SCAN_PROFILE: ScanProfileName = 'ultra-secure';

/** Whether `name` is a built-in profile name. */
export function isScanProfileName(name: unknown): name is ScanProfileName {
  return typeof name === 'string' && Object.hasOwn(SCAN_PROFILES, name);
}

/**
 * Turns a request's profile into a {@link ScanProfile}, or `undefined` when it is neither a built-in name
 * nor an object with well-typed capability fields. Fields are copied, so a getter-laden object cannot change
 * its answers halfway through a scan.
 */
export function resolveScanProfile(profile: unknown): ScanProfile | undefined {
  if (profile === undefined) return SCAN_PROFILES[DEFAULT_SCAN_PROFILE];
  if (typeof profile === 'string') return isScanProfileName(profile) ? SCAN_PROFILES[profile] : undefined;
  if (typeof profile !== 'object' || profile === null) return undefined;
  const p = profile as Record<string, unknown>;
  // Each field is read once: a getter could answer differently on a second read.
  const { name, allowFunctionConstructor, webAssembly, sharedArrayBuffer, fetch } = p;
  const modules = p.allowedModules;
  if (
    typeof name !== 'string' ||
    typeof allowFunctionConstructor !== 'boolean' ||
    typeof webAssembly !== 'boolean' ||
    typeof sharedArrayBuffer !== 'boolean' ||
    typeof fetch !== 'boolean' ||
    !Array.isArray(modules)
  ) {
    return undefined;
  }
  const allowedModules = [...(modules as unknown[])];
  if (!allowedModules.every((m) => typeof m === 'string')) return undefined;
  return Object.freeze({
    name,
    allowFunctionConstructor,
    allowedModules: Object.freeze(allowedModules as string[]),
    webAssembly,
    sharedArrayBuffer,
    fetch,
  });
}

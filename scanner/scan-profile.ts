/**
 * The capability view of a security profile: the only facts the scanner's rules depend on. The built-in
 * profiles are projected from the one table in `contract/profiles.ts`; a custom profile arrives as the
 * runtime's own object, which carries at least these fields. The scanner never imports the runtime.
 */
import {
  BUILTIN_PROFILES,
  DEFAULT_PROFILE_NAME,
  PROFILE_NAMES,
  type ProfileName,
} from '../contract/index.js';

/** The names of the built-in profiles. */
export type ScanProfileName = ProfileName;

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

function builtinView(name: ProfileName): ScanProfile {
  const p = BUILTIN_PROFILES[name];
  return Object.freeze({
    name: p.name,
    allowFunctionConstructor: p.allowFunctionConstructor,
    allowedModules: Object.freeze([...p.allowedModules]),
    webAssembly: p.webAssembly,
    sharedArrayBuffer: p.sharedArrayBuffer,
    fetch: p.fetch,
  });
}

/** The scanner's view of the three built-in profiles. */
export const SCAN_PROFILES: Readonly<Record<ScanProfileName, ScanProfile>> = Object.freeze(
  Object.fromEntries(PROFILE_NAMES.map((name) => [name, builtinView(name)])) as Record<
    ScanProfileName,
    ScanProfile
  >,
);

/** The profile used when a request names none: the strictest, as in the runtime. */
export const DEFAULT_SCAN_PROFILE: ScanProfileName = DEFAULT_PROFILE_NAME;

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

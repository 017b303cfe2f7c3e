/**
 * The security profiles. A profile says what the guest may reach and what it may spend; the hardening script
 * and the pool read nothing else. The built-in table is data in `contract/profiles.ts`, shared with the scanner
 * and the suite; custom profiles are validated on creation by {@link defineProfile}; options that weaken
 * security are named `unsafe*` or say so in their JSDoc.
 */
import { BUILTIN_PROFILES, KNOWN_MODULES, type ModuleName, type Profile } from '../contract/index.js';
import { SandboxError } from './errors.js';

export {
  BUILTIN_PROFILES,
  DEFAULT_PROFILE_NAME as DEFAULT_PROFILE,
  KNOWN_MODULES,
  type ModuleName,
  type Profile,
  type ProfileName as BuiltinProfileName,
} from '../contract/index.js';

const MB = 1024 * 1024;

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

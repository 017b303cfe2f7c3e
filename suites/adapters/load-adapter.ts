/**
 * Finds an adapter by built-in name or loads a user's adapter module from a path. A user's module
 * exports a factory (as default or as `createAdapter`) or a ready adapter object as default.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { importOptionalPeer, MissingPeerError } from '../optional-peer.js';
import type { SandboxAdapter } from './adapter.js';

/** Raised when an adapter cannot be found, imported or does not implement the interface. */
export class AdapterLoadError extends Error {
  /** Stable code for callers and tests. */
  readonly code = 'ERR_ADAPTER_LOAD';
  override readonly name = 'AdapterLoadError';
}

/**
 * Factories of the built-in adapters, by name. Each module is imported only when its adapter is asked
 * for: the quickjs adapter needs the optional peer quickjs-emscripten, which an installed sandproof lacks.
 */
export const BUILT_IN_ADAPTERS: Readonly<Record<string, () => Promise<SandboxAdapter>>> = {
  reference: async () => (await import('./reference-adapter.js')).createReferenceAdapter(),
  'node-vm': async () => (await import('./node-vm-adapter.js')).createNodeVmAdapter(),
  quickjs: async () => {
    const mod = await importOptionalPeer(
      'quickjs-emscripten',
      'the quickjs adapter',
      () => import('./quickjs-adapter.js'),
    );
    return mod.createQuickJsAdapter();
  },
};

/** True when `spec` names a file rather than a built-in adapter. */
export function isAdapterPath(spec: string): boolean {
  return /[\\/]/.test(spec) || /\.(c|m)?[jt]s$/.test(spec);
}

/** Throws {@link AdapterLoadError} unless `value` implements {@link SandboxAdapter}. */
export function assertAdapter(value: unknown, origin: string): SandboxAdapter {
  const adapter = value as Partial<SandboxAdapter> | null;
  const ok =
    adapter !== null &&
    typeof adapter === 'object' &&
    typeof adapter.name === 'string' &&
    adapter.name !== '' &&
    Array.isArray(adapter.capabilities?.profiles) &&
    typeof adapter.capabilities?.scanner === 'boolean' &&
    typeof adapter.execute === 'function' &&
    typeof adapter.dispose === 'function';
  if (!ok) throw new AdapterLoadError(`${origin} does not implement SandboxAdapter (see suites/ADAPTERS.md)`);
  return adapter as SandboxAdapter;
}

async function fromModule(path: string): Promise<SandboxAdapter> {
  let mod: Record<string, unknown>;
  try {
    mod = (await import(pathToFileURL(resolve(path)).href)) as Record<string, unknown>;
  } catch (error) {
    throw new AdapterLoadError(`cannot import adapter ${path}: ${(error as Error).message}`);
  }
  const candidate = typeof mod.createAdapter === 'function' ? mod.createAdapter : mod.default;
  const value = typeof candidate === 'function' ? await (candidate as () => unknown)() : candidate;
  return assertAdapter(value, path);
}

/** Loads a built-in adapter by name or a user's adapter from a path. */
export async function loadAdapter(spec: string): Promise<SandboxAdapter> {
  if (isAdapterPath(spec)) return fromModule(spec);
  const factory = BUILT_IN_ADAPTERS[spec];
  if (!factory) {
    const names = Object.keys(BUILT_IN_ADAPTERS).join(', ');
    throw new AdapterLoadError(`unknown adapter '${spec}' (built in: ${names}; or give a path)`);
  }
  try {
    return assertAdapter(await factory(), spec);
  } catch (error) {
    if (error instanceof AdapterLoadError || error instanceof MissingPeerError) throw error;
    throw new AdapterLoadError(`adapter '${spec}' failed to start: ${(error as Error).message}`);
  }
}

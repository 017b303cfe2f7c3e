/** The vm2 3.9.19 example adapter (`--adapter suites/adapters/examples/vm2/vm2-3.9.19.ts`). */
import { createRequire } from 'node:module';
import type { SandboxAdapter } from '../../adapter.js';
import { createVm2Adapter, type Vm2Module } from './vm2-adapter.js';

/** Loads vm2 3.9.19 (the `vm2-3919` devDependency, an alias of vm2@3.9.19). */
export function createAdapter(): SandboxAdapter {
  const mod = createRequire(import.meta.url)('vm2-3919') as Vm2Module;
  return createVm2Adapter(mod, '3.9.19');
}

export default createAdapter;

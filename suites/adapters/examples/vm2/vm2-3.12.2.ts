/** The vm2 3.12.2 example adapter (`--adapter suites/adapters/examples/vm2/vm2-3.12.2.ts`). */
import { createRequire } from 'node:module';
import type { SandboxAdapter } from '../../adapter.js';
import { createVm2Adapter, type Vm2Module } from './vm2-adapter.js';

/** Loads vm2 3.12.2 (the `vm2-3122` devDependency, an alias of vm2@3.12.2). */
export function createAdapter(): SandboxAdapter {
  const mod = createRequire(import.meta.url)('vm2-3122') as Vm2Module;
  return createVm2Adapter(mod, '3.12.2');
}

export default createAdapter;

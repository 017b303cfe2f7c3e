/**
 * The `node-vm` adapter: Node's `vm` module, a new context per execution, profiles emulated as well as
 * `vm` allows (globals deleted, string code generation disabled where the profile forbids `Function`,
 * an `eval` stub elsewhere).
 *
 * A NEGATIVE CONTROL. `vm` is not a security boundary: the context shares the host's heap, and every host
 * object handed in (`console`, `input`, `require`, `fetch`) carries the host's `Function` on its
 * constructor chain, so `console.log.constructor('return process')()` reaches the host. The suite must
 * fail to certify this adapter; if it ever certifies, the corpus or the oracle has lost its teeth.
 * Memory budgets cannot be enforced by `vm` at all.
 */

import { createRequire } from 'node:module';
import vm from 'node:vm';
import { PROFILE_NAMES } from '../../contract/index.js';
import type { AdapterExecuteOptions, AdapterOutcome, AdapterSample, SandboxAdapter } from './adapter.js';
import { boundMessage } from './adapter.js';
import {
  decodeWrapperResult,
  formatLogArg,
  pushLog,
  wrapForAdapter,
  wrapperOutcome,
} from './guest-wrapper.js';

const hostRequire = createRequire(import.meta.url);

/** Modules each profile may `require` (mirrors the reference contract). */
const MODULES: Record<string, string[]> = {
  'high-security': ['lodash', 'moment'],
  'tenant-isolated': ['lodash', 'moment', 'uuid'],
};

/** Globals each profile lacks. */
const REMOVED: Record<string, string[]> = {
  'ultra-secure': ['SharedArrayBuffer', 'Atomics', 'WebAssembly'],
  'high-security': ['WebAssembly'],
  'tenant-isolated': [],
};

const EVAL_STUB = `Object.defineProperty(globalThis, 'eval', { value: function eval() {
  throw new EvalError('eval is disabled'); }, writable: true, configurable: true });`;

function buildContext(profile: string, input: unknown, logs: string[]): vm.Context {
  const codegen = profile === 'tenant-isolated';
  const context = vm.createContext(
    {},
    { codeGeneration: { strings: codegen, wasm: codegen }, microtaskMode: 'afterEvaluate' },
  );
  const removed = JSON.stringify(REMOVED[profile] ?? []);
  vm.runInContext(`for (const k of ${removed}) delete globalThis[k]; ${EVAL_STUB}`, context);
  const log = (...args: unknown[]): void => pushLog(logs, args.map(formatLogArg).join(' '));
  // Host objects on purpose: an honest embedding of vm passes these in, and that is what escapes.
  context.console = { log, info: log, warn: log, error: log, debug: log };
  if (input !== undefined) context.input = JSON.parse(JSON.stringify(input));
  const modules = MODULES[profile];
  if (modules) {
    context.require = (name: string): unknown => {
      if (!modules.includes(name)) throw new Error(`module '${String(name)}' is not allowed`);
      return hostRequire(name);
    };
  }
  if (profile === 'tenant-isolated') {
    context.fetch = async (): Promise<never> => {
      throw new TypeError('fetch: origin not allowed');
    };
  }
  return context;
}

interface Settled {
  status?: string;
  value?: string;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Drains the context's own microtask queue until the wrapper settles or the deadline passes. Host
 * promises (from `fetch`) settle on the host queue; their guest reactions then wait for the next
 * evaluation in the context, hence the polling.
 */
async function settle(context: vm.Context, state: Settled, deadline: number): Promise<'settled' | 'timeout'> {
  while (state.status !== 'settled') {
    const left = deadline - Date.now();
    if (left <= 0) return 'timeout';
    await sleep(Math.min(2, left));
    vm.runInContext('undefined', context, { timeout: Math.max(1, deadline - Date.now()) });
  }
  return 'settled';
}

function outcomeFrom(text: string, logs: string[]): AdapterOutcome {
  return wrapperOutcome(decodeWrapperResult(text), logs);
}

async function run(sample: AdapterSample, options: AdapterExecuteOptions): Promise<AdapterOutcome> {
  const logs: string[] = [];
  const deadline = Date.now() + options.timeoutMs;
  let script: vm.Script;
  try {
    script = new vm.Script(wrapForAdapter(sample.code, '__spState'), { filename: 'snippet.js' });
  } catch (error) {
    return {
      status: 'threw',
      errorCode: 'ERR_SYNTAX',
      name: 'SyntaxError',
      message: boundMessage((error as Error).message),
    };
  }
  const context = buildContext(options.profile, sample.input, logs);
  // Created inside the context before the guest runs; the host only ever reads strings from it.
  const state = vm.runInContext(`Object.create(null)`, context) as Settled;
  state.status = 'pending';
  context.__spState = state;
  try {
    script.runInContext(context, { timeout: options.timeoutMs });
    if ((await settle(context, state, deadline)) === 'timeout') return { status: 'timeout', logs };
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT')
      return { status: 'timeout', logs };
    return {
      status: 'threw',
      errorCode: 'ERR_SCRIPT_ERROR',
      message: boundMessage((error as Error).message),
      logs,
    };
  }
  return outcomeFrom(String(state.value), logs);
}

/** Creates the node-vm adapter (the negative control). */
export function createNodeVmAdapter(): SandboxAdapter {
  return {
    name: 'node-vm',
    capabilities: {
      profiles: [...PROFILE_NAMES],
      scanner: false,
      tenantIsolation: false,
      sharesHostProcess: true,
      notes: `node:vm on Node ${process.version}; not a security boundary (negative control)`,
    },
    execute: run,
    dispose: async () => {},
  };
}

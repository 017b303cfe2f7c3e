/**
 * The `quickjs` adapter: QuickJS compiled to WebAssembly (`quickjs-emscripten`), a real peer with its own
 * heap. A new runtime and context per execution, a memory limit, and an interrupt handler for the deadline.
 * Profiles are emulated inside the guest: an `eval` stub everywhere, and in ultra-secure and high-security
 * the Function constructors (plain, async, generator, async generator) replaced by throwers on every
 * prototype. QuickJS has no SharedArrayBuffer, WebAssembly or module allowlist here, so samples needing
 * them fail and are listed in `suites/expectations/quickjs.yaml`.
 */

import {
  newQuickJSWASMModule,
  type QuickJSContext,
  type QuickJSHandle,
  type QuickJSWASMModule,
  shouldInterruptAfterDeadline,
} from 'quickjs-emscripten';
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

/** Memory limit per profile: the contract's budget plus headroom for QuickJS's own structures (~1 MB). */
const MEMORY_BYTES: Record<string, number> = {
  'ultra-secure': 3 * 1024 * 1024,
  'high-security': 5 * 1024 * 1024,
  'tenant-isolated': 9 * 1024 * 1024,
};

const LOCK_FUNCTION = `(() => {
  const thrower = function Function() { throw new EvalError('code generation from strings is disabled'); };
  const protos = [Function.prototype, Object.getPrototypeOf(async function () {}),
    Object.getPrototypeOf(function* () {}), Object.getPrototypeOf(async function* () {})];
  thrower.prototype = Function.prototype;
  for (const p of protos) Object.defineProperty(p, 'constructor', { value: thrower, writable: false, configurable: false });
  Object.defineProperty(globalThis, 'Function', { value: thrower, writable: true, configurable: true });
})();`;

const EVAL_STUB = `Object.defineProperty(globalThis, 'eval', { value: function eval() {
  throw new EvalError('eval is disabled'); }, writable: true, configurable: true });`;

const FETCH_STUB = `globalThis.fetch = async function fetch() { throw new TypeError('fetch: origin not allowed'); };`;

function prelude(profile: string, input: unknown): string {
  const parts = [EVAL_STUB];
  if (profile !== 'tenant-isolated') parts.push(LOCK_FUNCTION);
  if (profile === 'tenant-isolated') parts.push(FETCH_STUB);
  parts.push(
    `globalThis.input = ${input === undefined ? 'undefined' : `JSON.parse(${JSON.stringify(JSON.stringify(input))})`};`,
  );
  return parts.join('\n');
}

function installConsole(vm: QuickJSContext, logs: string[]): void {
  const log = vm.newFunction('log', (...args: QuickJSHandle[]) => {
    pushLog(
      logs,
      args.map((arg) => (vm.typeof(arg) === 'object' ? '[object]' : formatLogArg(vm.dump(arg)))).join(' '),
    );
  });
  const consoleObj = vm.newObject();
  for (const method of ['log', 'info', 'warn', 'error', 'debug']) vm.setProp(consoleObj, method, log);
  vm.setProp(vm.global, 'console', consoleObj);
  consoleObj.dispose();
  log.dispose();
}

/** Classifies an engine-level error (interrupt, out of memory) or a compile error. */
function engineError(vm: QuickJSContext, handle: QuickJSHandle, logs: string[]): AdapterOutcome {
  const dumped = vm.dump(handle) as { name?: unknown; message?: unknown } | null;
  const name = String(dumped?.name ?? 'Error');
  const message = String(dumped?.message ?? dumped);
  if (message === 'interrupted') return { status: 'timeout', logs };
  if (message === 'out of memory') return { status: 'memory', logs };
  if (name === 'SyntaxError')
    return { status: 'threw', errorCode: 'ERR_SYNTAX', name, message: boundMessage(message) };
  return { status: 'threw', errorCode: 'ERR_SCRIPT_ERROR', name, message: boundMessage(message), logs };
}

function decode(text: string, logs: string[]): AdapterOutcome {
  const result = decodeWrapperResult(text);
  if (result.kind === 'error' && result.message === 'out of memory') return { status: 'memory', logs };
  if (result.kind === 'error' && result.message === 'interrupted') return { status: 'timeout', logs };
  return wrapperOutcome(result, logs);
}

/** Runs the promise to completion: jobs run until it settles, the queue empties (never settles) or a budget hits. */
function drive(vm: QuickJSContext, promise: QuickJSHandle, logs: string[]): AdapterOutcome {
  for (;;) {
    const state = vm.getPromiseState(promise);
    if (state.type === 'fulfilled') {
      const text = vm.getString(state.value);
      state.value.dispose();
      return decode(text, logs);
    }
    if (state.type === 'rejected') {
      const outcome = engineError(vm, state.error, logs);
      state.error.dispose();
      return outcome;
    }
    const jobs = vm.runtime.executePendingJobs();
    if (jobs.error) {
      const outcome = engineError(vm, jobs.error, logs);
      jobs.error.dispose();
      return outcome;
    }
    // No job left and still pending: nothing in QuickJS can ever settle it (no timers, no host I/O).
    if (jobs.value === 0) return { status: 'timeout', logs };
  }
}

function runIn(vm: QuickJSContext, sample: AdapterSample, profile: string, logs: string[]): AdapterOutcome {
  installConsole(vm, logs);
  const setup = vm.evalCode(prelude(profile, sample.input));
  if (setup.error) {
    const outcome = engineError(vm, setup.error, logs);
    setup.error.dispose();
    return outcome.status === 'threw'
      ? { status: 'crashed', message: `prelude failed: ${outcome.message}` }
      : outcome;
  }
  setup.value.dispose();
  const result = vm.evalCode(wrapForAdapter(sample.code), 'snippet.js');
  if (result.error) {
    const outcome = engineError(vm, result.error, logs);
    result.error.dispose();
    return outcome;
  }
  const outcome = drive(vm, result.value, logs);
  result.value.dispose();
  return outcome;
}

/**
 * Runs one execution in a fresh runtime of `module`. Returns whether the module survived: QuickJS can
 * abort the whole WebAssembly instance (e.g. a leak assertion when a runtime that hit its memory limit is
 * freed), after which the module is unusable and must be replaced.
 */
function executeIn(
  module: QuickJSWASMModule,
  sample: AdapterSample,
  options: AdapterExecuteOptions,
): { outcome: AdapterOutcome; alive: boolean } {
  const runtime = module.newRuntime();
  runtime.setMemoryLimit(MEMORY_BYTES[options.profile] ?? MEMORY_BYTES['ultra-secure']!);
  // Above ~512 KB the WebAssembly frames overflow the host stack before QuickJS notices.
  runtime.setMaxStackSize(256 * 1024);
  runtime.setInterruptHandler(shouldInterruptAfterDeadline(Date.now() + options.timeoutMs));
  const vm = runtime.newContext();
  let outcome: AdapterOutcome;
  try {
    outcome = runIn(vm, sample, options.profile, []);
  } catch (error) {
    return { outcome: { status: 'crashed', message: boundMessage((error as Error).message) }, alive: false };
  }
  try {
    vm.dispose();
    runtime.dispose();
    return { outcome, alive: true };
  } catch {
    // The guest's outcome stands; only the engine instance is lost.
    return { outcome, alive: false };
  }
}

/** Creates the quickjs adapter (QuickJS via WebAssembly; a separate heap per execution). */
export async function createQuickJsAdapter(): Promise<SandboxAdapter> {
  let module: QuickJSWASMModule | null = await newQuickJSWASMModule();
  return {
    name: 'quickjs',
    capabilities: {
      profiles: [...PROFILE_NAMES],
      scanner: false,
      tenantIsolation: true,
      notes: 'quickjs-emscripten: new runtime and context per execution',
    },
    async execute(sample: AdapterSample, options: AdapterExecuteOptions): Promise<AdapterOutcome> {
      module ??= await newQuickJSWASMModule();
      const { outcome, alive } = executeIn(module, sample, options);
      if (!alive) module = null;
      return outcome;
    },
    dispose: async () => {
      module = null;
    },
  };
}

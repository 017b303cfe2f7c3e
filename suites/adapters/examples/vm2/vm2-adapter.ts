/**
 * An example adapter for vm2 (`VM`), written as a careful user would: a new `VM` per execution with its
 * `timeout`, `eval: false` where the profile forbids string code generation, `wasm: false` where it forbids
 * WebAssembly, the input and a console as sandbox globals, and nothing else handed in. vm2 has no memory
 * budget, no module allowlist in `VM` and shares the host's heap and event loop, so the adapter declares
 * it; its timeout covers the synchronous part only, so pending work is bounded by a host timer here.
 *
 * vm2 is end-of-life with many published escapes: 3.9.19 falls to the corpus's proven vm2 samples (see
 * `suites/FINDINGS.md` and the samples' `proven` key), and later versions fix some of them. The module is
 * passed in, so one file serves every version (`vm2-3.9.19.ts`, `vm2-3.12.2.ts`).
 */
import type { AdapterExecuteOptions, AdapterOutcome, AdapterSample, SandboxAdapter } from '../../adapter.js';
import { boundMessage } from '../../adapter.js';
import {
  decodeWrapperResult,
  formatLogArg,
  pushLog,
  wrapForAdapter,
  wrapperOutcome,
} from '../../guest-wrapper.js';

/** The part of vm2's API the adapter uses. */
export interface Vm2Module {
  VM: new (options: {
    timeout?: number;
    sandbox?: Record<string, unknown>;
    eval?: boolean;
    wasm?: boolean;
    allowAsync?: boolean;
  }) => { run(code: string): unknown };
}

/** What each profile lets the guest do in vm2's terms. */
const PROFILE_OPTIONS: Record<string, { eval: boolean; wasm: boolean }> = {
  'ultra-secure': { eval: false, wasm: false },
  'high-security': { eval: false, wasm: false },
  // vm2 has one switch for eval and the Function constructor: allowing Function allows eval (a policy
  // deviation the suite reports).
  'tenant-isolated': { eval: true, wasm: true },
};

function thrownOutcome(error: unknown, logs: string[]): AdapterOutcome {
  const e = error as { name?: unknown; message?: unknown } | null;
  let name = 'Error';
  let message = '';
  try {
    name = String(e?.name ?? 'Error');
    message = String(e?.message ?? error);
  } catch {
    message = 'unreadable error';
  }
  if (/timed out/i.test(message)) return { status: 'timeout', logs };
  if (name === 'SyntaxError') return { status: 'threw', errorCode: 'ERR_SYNTAX', name, message, logs };
  return { status: 'threw', errorCode: 'ERR_SCRIPT_ERROR', name, message: boundMessage(message), logs };
}

async function execute(
  mod: Vm2Module,
  sample: AdapterSample,
  options: AdapterExecuteOptions,
): Promise<AdapterOutcome> {
  const logs: string[] = [];
  const log = (...args: unknown[]): void => pushLog(logs, args.map(formatLogArg).join(' '));
  const sandbox: Record<string, unknown> = { console: { log, info: log, warn: log, error: log, debug: log } };
  if (sample.input !== undefined) sandbox.input = JSON.parse(JSON.stringify(sample.input));
  const profile = PROFILE_OPTIONS[options.profile] ?? PROFILE_OPTIONS['ultra-secure']!;
  let pending: unknown;
  const started = performance.now();
  try {
    const vm = new mod.VM({ timeout: options.timeoutMs, sandbox, ...profile, allowAsync: true });
    pending = vm.run(wrapForAdapter(sample.code));
  } catch (error) {
    return thrownOutcome(error, logs);
  }
  const left = Math.max(1, options.timeoutMs - (performance.now() - started));
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), left);
  });
  try {
    const settled = await Promise.race([Promise.resolve(pending as Promise<string>), expired]);
    if (settled === 'timeout') return { status: 'timeout', logs };
    if (typeof settled !== 'string')
      return { status: 'crashed', message: 'the wrapper did not settle to a string' };
    return wrapperOutcome(decodeWrapperResult(settled), logs);
  } catch (error) {
    return thrownOutcome(error, logs);
  } finally {
    clearTimeout(timer);
  }
}

/** Builds a vm2 adapter around a loaded vm2 module; `version` names it (`vm2@3.9.19`). */
export function createVm2Adapter(mod: Vm2Module, version: string): SandboxAdapter {
  return {
    name: `vm2@${version}`,
    capabilities: {
      profiles: Object.keys(PROFILE_OPTIONS),
      scanner: false,
      tenantIsolation: false,
      sharesHostProcess: true,
      notes: `vm2 ${version} VM: no memory budget, no module allowlist, shares the host heap and event loop`,
    },
    execute: (sample, options) => execute(mod, sample, options),
    dispose: async () => {},
  };
}

/**
 * Example adapter: `node:vm` hardened as a careful user would, the same code `sandproof adapter init`
 * writes. A new context per execution with `codeGeneration: { strings: false, wasm: false }`, the console
 * and the input created inside the context (no host object is handed in), the result read back as a
 * string, and the context's own microtask queue drained against the deadline.
 *
 * Honest expectations: `vm` is not a security boundary; the context shares the host's heap and process
 * (declared: no memory limit, no separate heap), and what reaches the host realm through the engine's
 * own paths (stack traces, errors from host code, promise jobs) escapes. Run:
 * `npx sandproof conformance --adapter suites/adapters/examples/node-vm-hardened.ts`.
 */
import vm from 'node:vm';
import {
  type AdapterExecuteOptions,
  type AdapterOutcome,
  type AdapterSample,
  boundMessage,
} from '../adapter.js';
import { decodeWrapperResult, LOG_LIMITS, wrapForAdapter, wrapperOutcome } from '../guest-wrapper.js';

const PRELUDE = `(() => {
  const out = [];
  const fmt = (v) => typeof v === 'string' ? v : typeof v === 'function' ? '[function]'
    : typeof v === 'object' && v !== null ? '[object]' : String(v);
  const log = (...args) => { if (out.length < ${LOG_LIMITS.lines}) out.push(args.map(fmt).join(' ').slice(0, ${LOG_LIMITS.lineLength})); };
  globalThis.console = { log, info: log, warn: log, error: log, debug: log };
  return out;
})()`;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function readLogs(lines: { length: unknown; [i: number]: unknown }): string[] {
  const logs: string[] = [];
  const n = Math.min(Number(lines.length) || 0, LOG_LIMITS.lines);
  for (let i = 0; i < n; i++) logs.push(String(lines[i]));
  return logs;
}

async function execute(sample: AdapterSample, options: AdapterExecuteOptions): Promise<AdapterOutcome> {
  const deadline = Date.now() + options.timeoutMs;
  let script: vm.Script;
  try {
    script = new vm.Script(wrapForAdapter(sample.code, '__result'), { filename: 'snippet.js' });
  } catch (error) {
    const message = boundMessage((error as Error).message);
    return { status: 'threw', errorCode: 'ERR_SYNTAX', name: 'SyntaxError', message };
  }
  const context = vm.createContext(
    {},
    { codeGeneration: { strings: false, wasm: false }, microtaskMode: 'afterEvaluate' },
  );
  const lines = vm.runInContext(PRELUDE, context) as string[];
  const state = vm.runInContext('Object.create(null)', context) as { status?: string; value?: string };
  const input =
    sample.input === undefined ? 'undefined' : `JSON.parse(${JSON.stringify(JSON.stringify(sample.input))})`;
  vm.runInContext(`globalThis.input = ${input}; delete globalThis.eval;`, context);
  context.__result = state;
  try {
    script.runInContext(context, { timeout: options.timeoutMs });
    while (state.status !== 'settled') {
      if (Date.now() >= deadline) return { status: 'timeout', logs: readLogs(lines) };
      await sleep(1);
      vm.runInContext('undefined', context, { timeout: Math.max(1, deadline - Date.now()) });
    }
  } catch (error) {
    const logs = readLogs(lines);
    if ((error as { code?: string }).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT')
      return { status: 'timeout', logs };
    const message = boundMessage(String((error as Error)?.message));
    return { status: 'threw', errorCode: 'ERR_SCRIPT_ERROR', message, logs };
  }
  return wrapperOutcome(decodeWrapperResult(String(state.value)), readLogs(lines));
}

/** Creates the hardened node:vm example adapter. */
export default function createAdapter() {
  return {
    name: 'node-vm-hardened',
    capabilities: {
      profiles: ['ultra-secure'],
      scanner: false,
      tenantIsolation: false,
      nonGoals: ['memory-limit', 'separate-heap', 'tenant-isolation'],
      notes: `node:vm on Node ${process.version}, a context per execution, string code generation off`,
    },
    execute,
    dispose: async () => {},
  };
}

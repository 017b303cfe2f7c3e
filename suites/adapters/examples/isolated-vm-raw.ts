/**
 * Example adapter: isolated-vm used directly, with none of the reference runtime's hardening. A new
 * isolate per execution with a memory limit, a new context, a console through `ivm.Callback`, the input
 * copied in, and the snippet evaluated with a timeout; pending promises are bounded by a host timer.
 *
 * Honest expectations: the isolate boundary holds (separate heap, no host objects), but nothing emulates
 * the profiles (eval, `Function`, `SharedArrayBuffer`, `Atomics` and `WebAssembly` are all there) and no
 * scanner runs: code-generation samples complete where the profile blocks them. Run:
 * `npx sandproof conformance --adapter suites/adapters/examples/isolated-vm-raw.ts`.
 */
import ivm from 'isolated-vm';
import {
  type AdapterExecuteOptions,
  type AdapterOutcome,
  type AdapterSample,
  boundMessage,
} from '../adapter.js';
import {
  decodeWrapperResult,
  formatLogArg,
  pushLog,
  wrapForAdapter,
  wrapperOutcome,
} from '../guest-wrapper.js';

const MEMORY_MB = 16;

function classify(error: unknown, isolate: ivm.Isolate, logs: string[]): AdapterOutcome {
  const e = error as { name?: unknown; message?: unknown };
  const message = String(e?.message ?? error);
  if (isolate.isDisposed || /memory limit/i.test(message)) return { status: 'memory', logs };
  if (/timed out/i.test(message)) return { status: 'timeout', logs };
  const name = String(e?.name ?? 'Error');
  const errorCode = name === 'SyntaxError' ? 'ERR_SYNTAX' : 'ERR_SCRIPT_ERROR';
  return { status: 'threw', errorCode, name, message: boundMessage(message), logs };
}

async function execute(sample: AdapterSample, options: AdapterExecuteOptions): Promise<AdapterOutcome> {
  const logs: string[] = [];
  const isolate = new ivm.Isolate({ memoryLimit: MEMORY_MB });
  let timer: NodeJS.Timeout | undefined;
  try {
    const context = await isolate.createContext();
    const jail = context.global;
    await jail.set('globalThis', jail.derefInto());
    const log = new ivm.Callback((...args: unknown[]) => pushLog(logs, args.map(formatLogArg).join(' ')));
    await jail.set('__log', log);
    const input = sample.input === undefined ? 'undefined' : JSON.stringify(JSON.stringify(sample.input));
    await context.eval(
      `const l = __log; delete globalThis.__log;
       globalThis.console = { log: l, info: l, warn: l, error: l, debug: l };
       globalThis.input = ${sample.input === undefined ? 'undefined' : `JSON.parse(${input})`};`,
    );
    const deadline = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), options.timeoutMs);
    });
    const run = context.eval(wrapForAdapter(sample.code), {
      timeout: options.timeoutMs,
      promise: true,
      filename: 'snippet.js',
    }) as unknown as Promise<string>;
    run.catch(() => {});
    const text = await Promise.race([run, deadline]);
    if (text === 'timeout') return { status: 'timeout', logs };
    return wrapperOutcome(decodeWrapperResult(String(text)), logs);
  } catch (error) {
    return classify(error, isolate, logs);
  } finally {
    clearTimeout(timer);
    if (!isolate.isDisposed) isolate.dispose();
  }
}

/** Creates the raw isolated-vm example adapter. */
export default function createAdapter() {
  return {
    name: 'isolated-vm-raw',
    capabilities: {
      profiles: ['ultra-secure'],
      scanner: false,
      tenantIsolation: true,
      nonGoals: ['static-scanner'],
      notes: `isolated-vm 7, an isolate per execution (${MEMORY_MB} MB), no profile emulation`,
    },
    execute,
    dispose: async () => {},
  };
}

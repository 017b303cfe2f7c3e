/**
 * Example adapter: SES (`ses` on npm), as its documentation sets it up. `lockdown()` once per worker
 * process (it freezes the worker's intrinsics, which is why adapters run in workers), then a new
 * `Compartment` per execution with a hardened console and a hardened copy of the input.
 *
 * Honest expectations: SES confines authority (no host objects, frozen intrinsics, no `Function` reaching
 * the host) and declares no CPU or memory bound, by design: a busy loop blocks the worker until the
 * watchdog kills it (`hang`), a large allocation costs the worker's heap. Those failures read as
 * declared non-goals. Run: `npx sandproof conformance --adapter suites/adapters/examples/ses.ts`.
 */
import 'ses';
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

declare const lockdown: (options?: Record<string, unknown>) => void;
declare const harden: <T>(value: T) => T;
declare const Compartment: new (
  globals?: Record<string, unknown>,
) => { evaluate(code: string): unknown; globalThis: Record<string, unknown> };

let locked = false;

function timeout(ms: number): { promise: Promise<'timeout'>; cancel: () => void } {
  let timer: NodeJS.Timeout | undefined;
  const promise = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), ms);
  });
  return { promise, cancel: () => clearTimeout(timer) };
}

async function execute(sample: AdapterSample, options: AdapterExecuteOptions): Promise<AdapterOutcome> {
  const logs: string[] = [];
  const log = (...args: unknown[]): void => pushLog(logs, args.map(formatLogArg).join(' '));
  const console = harden({ log, info: log, warn: log, error: log, debug: log });
  const input = sample.input === undefined ? undefined : harden(JSON.parse(JSON.stringify(sample.input)));
  const compartment = new Compartment({ console, input });
  let settled: unknown;
  try {
    settled = compartment.evaluate(wrapForAdapter(sample.code));
  } catch (error) {
    const e = error as { name?: unknown; message?: unknown };
    const name = String(e?.name ?? 'Error');
    const errorCode = name === 'SyntaxError' ? 'ERR_SYNTAX' : 'ERR_SCRIPT_ERROR';
    return { status: 'threw', errorCode, name, message: boundMessage(String(e?.message)), logs };
  }
  const clock = timeout(options.timeoutMs);
  try {
    const text = await Promise.race([Promise.resolve(settled).then(String), clock.promise]);
    if (text === 'timeout') return { status: 'timeout', logs };
    return wrapperOutcome(decodeWrapperResult(text), logs);
  } finally {
    clock.cancel();
  }
}

/** Creates the SES example adapter; locks the worker down on first use. */
export default function createAdapter() {
  if (!locked) {
    lockdown({ errorTaming: 'safe', overrideTaming: 'severe', consoleTaming: 'safe' });
    locked = true;
  }
  return {
    name: 'ses',
    capabilities: {
      profiles: ['ultra-secure'],
      scanner: false,
      tenantIsolation: true,
      nonGoals: ['time-limit', 'memory-limit', 'separate-heap'],
      notes: 'ses 2: lockdown() per worker, a Compartment per execution',
    },
    execute,
    dispose: async () => {},
  };
}

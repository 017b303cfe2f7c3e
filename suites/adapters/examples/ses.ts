/**
 * Example adapter: SES (`ses` on npm), as its documentation sets it up. `lockdown()` once per worker
 * process (it freezes the worker's intrinsics, which is why adapters run in workers), then a new
 * `Compartment` per execution with a hardened console and a hardened copy of the input.
 *
 * The compartment emulates the ultra-secure profile as far as SES can: its `eval` and `Function` are
 * replaced by functions that throw `EvalError` (the profile's stubs), and `Compartment` and SES's other
 * additions to the contract's global list (`harden`, `lockdown`, `TextEncoder`, `TextDecoder`) are
 * removed. What SES cannot change stays visible: the shared intrinsics are frozen, and their hidden
 * constructors (`AsyncFunction` and the like, reached through a prototype) throw `TypeError`, not
 * `EvalError`. SES's own source checks (possible direct `eval`, `import(`, HTML comments, matched by text)
 * refuse code that parses; they are reported as refusals (`ERR_SCRIPT_ERROR`), never as `ERR_SYNTAX`,
 * which would claim the code does not compile.
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

/** SES's source checks: text that might be a direct eval, an import expression or an HTML comment. */
const SES_SOURCE_REJECTION = /\(SES_[A-Z_]+_REJECTED\)/;

/**
 * The profile's error message is one line a host can print: C0/C1 controls, line separators and bidi
 * overrides become visible `\\uXXXX` escapes (SES passes the guest's message on as the guest wrote it).
 */
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;
const oneLine = (text: string): string =>
  text.replace(CONTROL, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** The outcome with its error name and message made one printable line. */
function oneLineError(outcome: AdapterOutcome): AdapterOutcome {
  if (outcome.status !== 'threw') return outcome;
  return {
    ...outcome,
    message: oneLine(outcome.message),
    ...(outcome.name === undefined ? {} : { name: oneLine(outcome.name) }),
  };
}

/** Globals a compartment has that the ultra-secure contract does not list. */
const EXTRA_GLOBALS = ['Compartment', 'harden', 'lockdown', 'TextEncoder', 'TextDecoder'] as const;

/** The profile's code-generation stub: callable and constructible, always throwing `EvalError`. */
function blocked(what: string, prototype?: object): (...args: unknown[]) => never {
  // A function declaration, not an arrow: `new Function(...)` must reach the throw, not fail as a
  // non-constructor with a TypeError.
  function stub(): never {
    throw new EvalError(
      `${what} is disabled by the ultra-secure profile: code generation from strings is not allowed`,
    );
  }
  Object.defineProperty(stub, 'name', { value: what });
  if (prototype !== undefined)
    Object.defineProperty(stub, 'prototype', { value: prototype, writable: false });
  return harden(stub);
}

/** A compartment shaped like the ultra-secure profile's global scope. */
function profileCompartment(endowments: Record<string, unknown>) {
  const compartment = new Compartment(endowments);
  const g = compartment.globalThis;
  g.eval = blocked('eval');
  g.Function = blocked('Function', Function.prototype);
  for (const name of EXTRA_GLOBALS) delete g[name];
  return compartment;
}

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
  const compartment = profileCompartment({ console, input });
  let settled: unknown;
  try {
    settled = compartment.evaluate(wrapForAdapter(sample.code));
  } catch (error) {
    const e = error as { name?: unknown; message?: unknown };
    const name = String(e?.name ?? 'Error');
    const message = String(e?.message);
    const refused = SES_SOURCE_REJECTION.test(message);
    const errorCode = name === 'SyntaxError' && !refused ? 'ERR_SYNTAX' : 'ERR_SCRIPT_ERROR';
    return oneLineError({ status: 'threw', errorCode, name, message: boundMessage(message), logs });
  }
  const clock = timeout(options.timeoutMs);
  try {
    const text = await Promise.race([Promise.resolve(settled).then(String), clock.promise]);
    if (text === 'timeout') return { status: 'timeout', logs };
    return oneLineError(wrapperOutcome(decodeWrapperResult(text), logs));
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
      notes:
        'ses 2: lockdown() per worker, a Compartment per execution; eval and Function throw EvalError, Compartment and SES extras removed (the ultra-secure global scope)',
    },
    execute,
    dispose: async () => {},
  };
}

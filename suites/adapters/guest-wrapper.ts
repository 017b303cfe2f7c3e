/**
 * The wrapper the in-process adapters (node-vm, quickjs) compile around a snippet. Like the reference
 * runtime, the snippet is the body of a strict async function on its own lines. The wrapper captures the
 * intrinsics it needs before the guest runs, and settles to a string, so the host never touches a guest
 * object (no getter, proxy trap or `then` of the guest runs on the host stack):
 * `u` (returned undefined), `j<json>` (returned JSON data), `n` (not transferable), `e<json {name,message}>`.
 *
 * The wrapper also seals the global against the host's realm before the guest runs ({@link REALM_SEAL}). A
 * `node:vm` context made from a host object (`vm.createContext({})`) answers a global lookup from that
 * object and its prototype chain: `globalThis.constructor`, `globalThis.toString`, `globalThis.__proto__`
 * are then the host's, and `globalThis.constructor.constructor('return process')()` compiles in the host
 * realm, which `codeGeneration: { strings: false }` does not govern (the corpus's
 * `cg-ctor-chain-07-wrapper-arguments` escaped both node:vm example adapters that way).
 */
import { type AdapterOutcome, boundMessage } from './adapter.js';

/**
 * Gives the global, as own non-enumerable properties, the guest realm's own `Object.prototype` members
 * wherever the global resolves one of those names to something else (a host object's), and the guest's
 * prototype for `__proto__`. Where the global already agrees (an engine whose global is its own, as
 * isolated-vm's or QuickJS's), nothing changes. If a name cannot be sealed the wrapper throws before the
 * guest runs: the execution fails closed, with a message naming the name.
 */
const REALM_SEAL = [
  // From an object literal, never from a global name, which could be the host's too.
  'const seal = (g) => { const proto = ({}).__proto__, O = proto.constructor, define = O.defineProperty;',
  '  for (const key of O.getOwnPropertyNames(proto)) {',
  '    const own = key === "__proto__" ? proto : proto[key];',
  '    if (g[key] === own) continue;',
  '    define(g, key, { value: own, writable: true, configurable: true, enumerable: false });',
  '    if (g[key] !== own) throw new TypeError("the global answers " + String(key) + " from another realm");',
  '  } };',
  'seal(globalThis);',
].join('\n');

/**
 * Builds the wrapped source; the expression evaluates to a promise of the result string. With `sink`
 * (the name of a global holding a null-prototype object), the wrapper takes the object, deletes the
 * global before the guest runs, and also stores the result string in `sink.value`, `sink.status = 'settled'`.
 */
export function wrapForAdapter(code: string, sink?: string): string {
  const take = sink ? `const sink = globalThis.${sink}; delete globalThis.${sink};` : 'const sink = null;';
  return [
    '(function () {',
    '"use strict";',
    take,
    REALM_SEAL,
    'const stringify = JSON.stringify, apply = Reflect.apply, then = Promise.prototype.then, str = String;',
    'const done = (v) => { if (v === undefined) return "u";',
    '  try { const s = stringify(v); return typeof s === "string" ? "j" + s : "n"; } catch { return "n"; } };',
    'const fail = (e) => { let name = "Error", message = "";',
    '  try { name = str(e && e.name); message = str(e && e.message); } catch {}',
    '  return "e" + stringify({ name, message }); };',
    'const run = async function () {',
    code,
    '};',
    'const store = (s) => { if (sink) { sink.value = s; sink.status = "settled"; } return s; };',
    'return apply(then, apply(then, run(), [done, fail]), [store]);',
    '})()',
  ].join('\n');
}

/** A decoded wrapper result. */
export type WrapperResult =
  | { kind: 'value'; value: unknown }
  | { kind: 'not-transferable' }
  | { kind: 'error'; name: string; message: string };

/** Decodes the string the wrapper settled to. */
export function decodeWrapperResult(text: string): WrapperResult {
  const tag = text[0];
  const rest = text.slice(1);
  if (tag === 'u') return { kind: 'value', value: undefined };
  if (tag === 'j') return { kind: 'value', value: JSON.parse(rest) as unknown };
  if (tag === 'e') {
    const parsed = JSON.parse(rest) as { name?: unknown; message?: unknown };
    return { kind: 'error', name: String(parsed.name), message: String(parsed.message) };
  }
  return { kind: 'not-transferable' };
}

/**
 * The normalized outcome of a settled wrapper: the value, a result that is not JSON data, or the guest's
 * own exception. Engine-specific failures (an engine's out-of-memory or interrupt messages) are the
 * caller's to recognise first.
 */
export function wrapperOutcome(result: WrapperResult, logs: string[]): AdapterOutcome {
  if (result.kind === 'value') return { status: 'completed', value: result.value, logs };
  if (result.kind === 'not-transferable') {
    return {
      status: 'threw',
      errorCode: 'ERR_RESULT_NOT_TRANSFERABLE',
      message: 'result is not JSON data',
      logs,
    };
  }
  return {
    status: 'threw',
    errorCode: 'ERR_SCRIPT_ERROR',
    name: result.name,
    message: boundMessage(result.message),
    logs,
  };
}

/** Formats a console argument without running guest code: primitives as text, objects by kind only. */
export function formatLogArg(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'function') return '[function]';
  if (typeof value === 'object' && value !== null) return '[object]';
  return String(value);
}

/** Bounds on captured console output, so a log flood costs the guest, not the harness. */
export const LOG_LIMITS = { lines: 1000, lineLength: 2000 } as const;

/** Appends a log line within {@link LOG_LIMITS}. */
export function pushLog(logs: string[], line: string): void {
  if (logs.length < LOG_LIMITS.lines) logs.push(line.slice(0, LOG_LIMITS.lineLength));
}

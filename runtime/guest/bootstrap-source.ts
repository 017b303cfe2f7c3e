/**
 * The hardening script, run in every fresh context before any guest code. It is compiled once per
 * isolate and evaluates to a function the host calls with the profile's switches; that function
 * tames the context and returns the `run` function. The pool hardens a context ahead of its execution
 * (see prepared-context.ts); `setInput(inputJson)` installs the input, then `run(source)` does the whole
 * execution in one call into the isolate: it compiles the snippet, calls the guest and serializes its
 * result inside the isolate, under the deadline.
 *
 * The snippet is compiled as the body of an async function by the AsyncFunction constructor, captured
 * before any stub replaces it. V8 parses that body on its own: text that tries to close the function
 * early and run code outside it (`}); evil(); (async function () {`) is a SyntaxError, not a break-out.
 *
 * Ground rules for the code below, since it shares a realm with the guest:
 * - Every intrinsic it uses later (when the guest has already run) is captured first and called
 *   through captured `apply`; it never relies on a prototype method the guest could replace.
 * - The host callbacks it receives (`hostLoad`, `hostFetch`, `hostRandom`) are shared by every context
 *   of the isolate; each call passes this context's `token`, and the host serves only the running
 *   execution's context. They are treated as reachable by the guest:
 *   the host validates every argument, so capturing them grants nothing the guest lacks.
 * - Nothing from the host but primitives and those callbacks ever enters the context.
 */
import { ACCOUNTING_TAMING_SOURCE } from './accounting-taming-source.js';
import { BUILTIN_GUARD_TARGETS_SOURCE } from './builtin-guard-source.js';
import { COLLATION_TAMING_SOURCE } from './collation-taming-source.js';
import { ENVELOPE_SOURCE } from './envelope-source.js';
import { JSON_TAMING_SOURCE } from './json-taming-source.js';
import { LIFETIME_TAMING_SOURCE } from './lifetime-taming-source.js';
import { WASM_TAMING_SOURCE } from './wasm-taming-source.js';

export const BOOTSTRAP_SOURCE =
  String.raw`(function sandproofBootstrap(config, token, hostLoad, hostFetch, hostRandom) {
  'use strict';
  const g = globalThis;
  const O = Object;
  const R = Reflect;
  const apply = R.apply;
  const defineProperty = O.defineProperty;
  const getProto = O.getPrototypeOf;
  const ownKeys = R.ownKeys;
  const freeze = O.freeze;
  const create = O.create;
  const stringify = JSON.stringify;
  const parse = JSON.parse;
  const StringCtor = String;
  const EvalErrorCtor = EvalError;
  const ErrorCtor = Error;
  const TypeErrorCtor = TypeError;
  const RangeErrorCtor = RangeError;
  const PromiseCtor = Promise;
  const isArray = Array.isArray;
  const strSlice = String.prototype.slice;
  const charCodeAt = String.prototype.charCodeAt;
  const setProto = O.setPrototypeOf;
  const objToString = O.prototype.toString;
  // Captured before the stubs below replace the constructors: the one compiler of guest code.
  const AsyncFunctionCtor = getProto(async function () {}).constructor;
  const bounds = ['maxLogEntries', 'maxLogBytes', 'maxResultBytes'];
  for (let i = 0; i < bounds.length; i++) {
    if (typeof config[bounds[i]] !== 'number') throw new TypeErrorCtor('sandproof: missing bound ' + bounds[i]);
  }

  // The UTF-8 size of text as the host encodes it (a lone surrogate becomes U+FFFD, 3 bytes), counted only up
  // to limit: limit + 1 as soon as it is over. The log and result bounds are in these bytes, not UTF-16 units.
  function utf8Bytes(text, limit) {
    const n = text.length;
    if (n > limit) return limit + 1;
    let bytes = 0;
    for (let i = 0; i < n; i++) {
      const c = apply(charCodeAt, text, [i]);
      if (c < 0x80) bytes += 1;
      else if (c < 0x800) bytes += 2;
      else if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
        const d = apply(charCodeAt, text, [i + 1]);
        if (d >= 0xdc00 && d <= 0xdfff) {
          bytes += 4;
          i++;
        } else bytes += 3;
      } else bytes += 3;
      if (bytes > limit) return limit + 1;
    }
    return bytes;
  }

  // --- code generation ---------------------------------------------------------------------
  function blocked(what) {
    return function () {
      throw new EvalErrorCtor(what + ' is disabled by the sandbox profile: code generation from strings is not allowed');
    };
  }
  function lock(obj, key, value) {
    defineProperty(obj, key, { value, writable: false, enumerable: false, configurable: false });
  }
  lock(g, 'eval', blocked('eval'));

  if (!config.allowFunctionConstructor) {
    const protos = [
      ['Function', Function.prototype],
      ['AsyncFunction', getProto(async function () {})],
      ['GeneratorFunction', getProto(function* () {})],
      ['AsyncGeneratorFunction', getProto(async function* () {})],
    ];
    for (let i = 0; i < protos.length; i++) {
      const name = protos[i][0];
      const proto = protos[i][1];
      const stub = blocked(name);
      defineProperty(stub, 'name', { value: name });
      lock(stub, 'prototype', proto);
      lock(proto, 'constructor', stub);
      if (name === 'Function') lock(g, 'Function', stub);
    }
  }

  // --- builtins that can take down the host -------------------------------------------------
  // Atomics.waitAsync needs a platform task runner the isolate lacks: with a finite timeout it aborted
  // the whole process under isolated-vm 5.0.4, and its promise never settles under 7.0.1 (docs/engine.md).
  // Removed wherever Atomics exists.
  if (typeof Atomics === 'object' && !delete Atomics.waitAsync) throw new ErrorCtor('sandproof: cannot remove Atomics.waitAsync');

  // --- the global scope: the profile's allowlist, nothing else (fail closed on new globals) ---
  const allowed = create(null);
  const names = config.globals;
  for (let i = 0; i < names.length; i++) allowed[names[i]] = true;
  const keys = ownKeys(g);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (typeof key === 'string' && allowed[key] === true) continue;
    if (!delete g[key]) throw new ErrorCtor('sandproof: cannot remove global ' + StringCtor(key));
  }

  // --- namespace members: each namespace's allowlist, nothing else (namespace-allowlist.ts) ------
  const namespaceNames = ownKeys(config.namespaces);
  for (let i = 0; i < namespaceNames.length; i++) {
    const space = namespaceNames[i];
    const target = g[space];
    if (target === null || typeof target !== 'object') continue;
    const members = create(null);
    const listed = config.namespaces[space];
    for (let j = 0; j < listed.length; j++) members[listed[j]] = true;
    const present = ownKeys(target);
    for (let j = 0; j < present.length; j++) {
      const key = present[j];
      if (typeof key === 'string' ? members[key] === true : key === Symbol.toStringTag) continue;
      if (!delete target[key]) throw new ErrorCtor('sandproof: cannot remove ' + space + '.' + StringCtor(key));
    }
  }

  // --- no guest code after the execution ends (lifetime-taming-source.ts) ---------------------
  /*__LIFETIME_TAMING__*/

  // --- memory V8 commits off the measured heap: reserved against the budget, or removed --------
  /*__ACCOUNTING_TAMING__*/

  // --- ICU collation bounded per call, so the deadline ends it (collation-taming-source.ts) ----
  /*__COLLATION_TAMING__*/

  // --- JSON.parse bounded in nesting depth, so the deadline ends it (json-taming-source.ts) ----
  /*__JSON_TAMING__*/

  // --- WebAssembly memory within the budget (profiles that keep WebAssembly) -------------------
  /*__WASM_TAMING__*/

  // --- console: captured inside the isolate, bounded, returned with the result ---------------
  // A null-prototype array: no setter the guest puts on Array.prototype or Object.prototype sees a line.
  const logs = setProto([], null);
  let logBytes = 0;
  let dropped = 0;
  function show(value) {
    const t = typeof value;
    if (t === 'string') return value;
    if (t === 'undefined' || t === 'number' || t === 'boolean' || t === 'bigint' || value === null) return StringCtor(value);
    if (t === 'symbol' || t === 'function') return apply(objToString, value, []);
    try {
      const text = stringify(value);
      return text === undefined ? apply(objToString, value, []) : text;
    } catch (e) {
      return apply(objToString, value, []);
    }
  }
  function record(prefix, args) {
    let line = prefix;
    for (let i = 0; i < args.length; i++) line += (i === 0 ? '' : ' ') + show(args[i]);
    if (logs.length >= config.maxLogEntries) {
      dropped++;
      return;
    }
    const room = config.maxLogBytes - logBytes;
    const size = utf8Bytes(line, room);
    if (size > room) {
      dropped++;
      return;
    }
    logBytes += size;
    logs[logs.length] = line;
  }
  // The guest may replace console or its methods: it only changes its own fresh context, and
  // \`record\` is reached through this closure, never through the object.
  const consoleObject = {};
  const levels = [['log', ''], ['info', ''], ['debug', ''], ['warn', 'warn: '], ['error', 'error: '], ['trace', 'trace: ']];
  for (let i = 0; i < levels.length; i++) {
    const prefix = levels[i][1];
    defineProperty(consoleObject, levels[i][0], {
      value: function () { record(prefix, arguments); }, writable: true, enumerable: true, configurable: true,
    });
  }
  defineProperty(g, 'console', { value: consoleObject, writable: true, enumerable: false, configurable: true });

  // --- host callbacks: whatever fails on the host side (the host returns null rather than throw) or in
  // crossing, the guest gets a fresh error of its own realm with a fixed message, never a host error.
  function callHost(callback, argument, what, extra) {
    try {
      return callback(token, argument, extra);
    } catch (e) {
      throw new ErrorCtor(what + ': the host refused the call');
    }
  }

  // --- require: allowlisted modules, evaluated in this context from their own source -----------
  if (config.modules.length > 0) {
    const cache = create(null);
    const moduleNames = create(null);
    for (let i = 0; i < config.modules.length; i++) moduleNames[config.modules[i]] = true;
    const strIndexOf = String.prototype.indexOf;
    const parseHex = parseInt;
    const moduleCrypto = hostRandom === undefined ? undefined : freeze({
      getRandomValues(array) {
        const n = array.length;
        if (typeof n !== 'number' || n !== (n | 0) || n < 0 || n > 65536) throw new RangeErrorCtor('getRandomValues: invalid length');
        const hex = callHost(hostRandom, n, 'getRandomValues');
        if (typeof hex !== 'string' || hex.length !== n * 2) throw new RangeErrorCtor('getRandomValues: invalid length');
        for (let i = 0; i < n; i++) array[i] = parseHex(apply(strSlice, hex, [i * 2, i * 2 + 2]), 16);
        return array;
      },
    });
    function notFound(spec) {
      return new ErrorCtor('Cannot find module ' + show(spec) + ': this profile allows only ' + config.modules.join(', '));
    }
    function makeRequire(pkg) {
      return function require(spec) {
        if (typeof spec !== 'string') throw notFound(spec);
        let id;
        if (pkg !== null && spec.length > 2 && spec[0] === '.' && spec[1] === '/') id = pkg + '/' + apply(strSlice, spec, [2]);
        else if (moduleNames[spec] === true) id = spec;
        else throw notFound(spec);
        if (cache[id] !== undefined) return cache[id].exports;
        const factory = callHost(hostLoad, id, 'require');
        if (typeof factory !== 'function') throw notFound(spec);
        const module = { exports: {} };
        cache[id] = module;
        const slash = apply(strIndexOf, id, ['/']);
        const owner = slash === -1 ? id : apply(strSlice, id, [0, slash]);
        apply(factory, module.exports, [module, module.exports, makeRequire(owner), g, g, moduleCrypto]);
        return module.exports;
      };
    }
    lock(g, 'require', makeRequire(null));
  }

  // --- fetch: host-mediated, allowlisted origins only; data copied, never host objects ---------
  const pendingFetches = create(null);
  let fetchesDelivered = 0;
  if (config.fetch) {
    function makeHeaders(pairs) {
      const map = create(null);
      for (let i = 0; i < pairs.length; i++) map[pairs[i][0]] = pairs[i][1];
      return freeze({ get(name) { const v = map[StringCtor(name).toLowerCase()]; return v === undefined ? null : v; } });
    }
    lock(g, 'fetch', function fetch(resource, init) {
      const options = init === undefined ? {} : init;
      const request = stringify({
        url: StringCtor(resource),
        method: options.method === undefined ? 'GET' : StringCtor(options.method),
        headers: options.headers === undefined ? {} : options.headers,
        body: options.body === undefined ? null : StringCtor(options.body),
      });
      // The count of responses delivered so far lets the host free their in-flight slots at once.
      const ticket = callHost(hostFetch, request, 'fetch', fetchesDelivered);
      if (typeof ticket !== 'number') throw new TypeErrorCtor('fetch: the request was refused');
      return new PromiseCtor(function (resolve, reject) {
        pendingFetches[ticket] = function (responseJson) {
          const r = parse(responseJson);
          if (r.error !== undefined) { reject(new TypeErrorCtor('fetch failed: ' + r.error)); return; }
          resolve(freeze({
            ok: r.status >= 200 && r.status < 300, status: r.status, statusText: r.statusText, url: r.url,
            headers: makeHeaders(r.headers),
            text() { return PromiseCtor.resolve(r.body); },
            json() { return new PromiseCtor(function (ok) { ok(parse(r.body)); }); },
          }));
        };
      });
    });
  }
  function deliverFetch(ticket, responseJson) {
    // A response that arrives after the execution ended would run the guest's reactions outside it.
    if (lifetime.ended) return;
    fetchesDelivered++;
    const settle = pendingFetches[ticket];
    if (settle === undefined) return;
    pendingFetches[ticket] = undefined;
    settle(responseJson);
  }

  // --- run: call the guest, serialize its result here, under the deadline ---------------------
  function describe(error) {
    let name = 'Error';
    let message = '';
    try {
      if (error !== null && (typeof error === 'object' || typeof error === 'function')) {
        const n = error.name;
        const m = error.message;
        name = typeof n === 'string' ? n : 'Error';
        message = typeof m === 'string' ? m : show(m);
      } else {
        message = show(error);
      }
    } catch (e) {
      message = '(unreadable error)';
    }
    return { name: apply(strSlice, name, [0, 200]), message: apply(strSlice, message, [0, 2000]) };
  }
  /*__ENVELOPE__*/
  // The input is a JSON copy, parsed by \`setInput\` before the host takes the reading the budget is
  // measured from: the budget covers what the snippet allocates, not the caller's input (SECURITY.md).
  function setInput(inputJson) {
    defineProperty(g, 'input', {
      value: inputJson === undefined ? undefined : parse(inputJson),
      writable: true, enumerable: false, configurable: true,
    });
  }
  // The execution ends when its envelope is serialized: from then on no guest callback runs (lifetime).
  async function run(source) {
    try {
      return await runSnippet(source);
    } finally {
      lifetime.ended = true;
    }
  }
  // A snippet that does not compile reports \`syntax\`, which the guest cannot produce (its own errors
  // come back as \`error\`). The body is strict, as a module is.
  async function runSnippet(source) {
    let guest;
    try {
      guest = new AsyncFunctionCtor('"use strict";\n' + source + '\n//# sourceURL=sandbox:snippet.js');
    } catch (e) {
      return errorEnvelope('syntax', describe(e), false);
    }
    let value;
    try {
      value = await apply(guest, undefined, []);
    } catch (e) {
      return errorEnvelope('error', describe(e), true);
    }
    return valueEnvelope(value);
  }
  // --- builtins whose change V8 remembers isolate-wide: the host records them (builtin-guard-source.ts)
  /*__BUILTIN_GUARD_TARGETS__*/
  // The host keeps references to these four; the guest never sees any.
  return [run, deliverFetch, setInput, guardTargets];
})`
    .replace('/*__LIFETIME_TAMING__*/', () => LIFETIME_TAMING_SOURCE)
    .replace('/*__ACCOUNTING_TAMING__*/', () => ACCOUNTING_TAMING_SOURCE)
    .replace('/*__COLLATION_TAMING__*/', () => COLLATION_TAMING_SOURCE)
    .replace('/*__JSON_TAMING__*/', () => JSON_TAMING_SOURCE)
    .replace('/*__WASM_TAMING__*/', () => WASM_TAMING_SOURCE)
    .replace('/*__ENVELOPE__*/', () => ENVELOPE_SOURCE)
    .replace('/*__BUILTIN_GUARD_TARGETS__*/', () => BUILTIN_GUARD_TARGETS_SOURCE);

/**
 * The globals through which the host hands the hardening function the context's token and the isolate's
 * callbacks (module loader, fetch, random bytes), in order; a profile without a callback sets none. They
 * are set on a fresh context, read and deleted by the script of {@link bootstrapCallSource} before
 * anything else runs there.
 */
export const BOOT_ARGUMENT_GLOBALS = [
  '__sandproofToken',
  '__sandproofLoad',
  '__sandproofFetch',
  '__sandproofRandom',
] as const;

/**
 * A script that hardens the context it runs in, in one call into the isolate: the profile's switches are
 * part of its text (it is compiled once per isolate), the token and callbacks come from
 * {@link BOOT_ARGUMENT_GLOBALS}, and it evaluates to the `[run, deliverFetch, setInput, guardTargets]` list.
 */
export function bootstrapCallSource(config: Readonly<Record<string, unknown>>): string {
  return `(function () {
  const g = globalThis;
  const names = ${JSON.stringify(BOOT_ARGUMENT_GLOBALS)};
  const args = [];
  for (let i = 0; i < names.length; i++) {
    args[i] = g[names[i]];
    if (!delete g[names[i]]) throw new Error('sandproof: cannot remove ' + names[i]);
  }
  return (${BOOTSTRAP_SOURCE})(${JSON.stringify(config)}, args[0], args[1], args[2], args[3]);
})()`;
}

/**
 * Each row of the profile contract, on every built-in profile, with the scanner off: the runtime is
 * the boundary and must hold on its own. (runtime-scanner-integration.test.ts covers scanner on.)
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { expectedGlobalNames } from '../guest/global-allowlist.js';
import { BUILTIN_PROFILES } from '../profiles.js';
import { createRuntime, type Runtime } from '../runtime.js';
import { outcome, PROFILES } from './helpers.js';

let rt: Runtime;
// Created when the tests start, not at module load; disposed in the after hook.
test.before(() => {
  rt = createRuntime({ pool: { min: 1 } });
});
const run = (code: string, profile: string) => outcome(rt, { code, profile, scan: false });

const EVAL_FORMS = [
  'return eval("1 + 1")',
  'return (0, eval)("1 + 1")',
  'const e = eval; return e("1 + 1")',
  'return globalThis["ev" + "al"]("1 + 1")',
  'return Reflect.apply(eval, undefined, ["1 + 1"])',
  'return eval.call(null, "1 + 1")',
  'return [eval][0]("1 + 1")',
];

for (const profile of PROFILES) {
  test(`${profile}: every form of eval throws EvalError`, async () => {
    for (const code of EVAL_FORMS) {
      const o = await run(code, profile);
      assert.equal(o, { ok: false, code: 'ERR_SCRIPT_ERROR', guestName: 'EvalError' }, code);
    }
  });
}

const FUNCTION_PATHS = [
  'return Function("return 7")()',
  'return new Function("return 7")()',
  'return ({}).constructor.constructor("return 7")()',
  'return [].map.constructor("return 7")()',
  'return (() => 0).constructor("return 7")()',
  'return Error.__proto__.constructor("return 7")()',
  'return Object.getPrototypeOf(function* () {}).constructor("yield 7")().next().value',
  'return await (async () => 0).constructor("return 7")()',
  'return (await Object.getPrototypeOf(async function* () {}).constructor("yield 7")().next()).value',
  'return Reflect.construct(Function, ["return 7"])()',
  'return Reflect.get(Function.prototype, "constructor")("return 7")()',
  'return Object.getOwnPropertyDescriptor(Function.prototype, "constructor").value("return 7")()',
  'return Function.prototype.constructor.bind(null, "return 7")()()',
  'return Function.call(null, "return 7")()',
  'const { constructor: c } = () => 0; return c("return 7")()',
];

for (const profile of PROFILES) {
  const allowed = BUILTIN_PROFILES[profile].allowFunctionConstructor;
  test(`${profile}: Function and its siblings ${allowed ? 'work' : 'throw EvalError'} by every path`, async () => {
    for (const code of FUNCTION_PATHS) {
      const o = await run(code, profile);
      if (allowed) assert.equal(o, { ok: true, value: 7, logs: [] }, code);
      else assert.equal(o, { ok: false, code: 'ERR_SCRIPT_ERROR', guestName: 'EvalError' }, code);
    }
  });
}

test('tenant-isolated: code made by Function still sees only the sandbox globals', async () => {
  const o = await run(
    'return Function("return [typeof process, typeof require, typeof this.process]")()',
    'tenant-isolated',
  );
  assert.equal(o, { ok: true, value: ['undefined', 'function', 'undefined'], logs: [] });
});

for (const profile of PROFILES) {
  test(`${profile}: the global scope is exactly the profile's allowlist`, async () => {
    const o = await run('return Reflect.ownKeys(globalThis).map(String).sort()', profile);
    assert.equal(o, { ok: true, value: expectedGlobalNames(BUILTIN_PROFILES[profile]), logs: [] });
  });

  test(`${profile}: host objects and ambient capabilities are absent`, async () => {
    const names = [
      'process',
      'module',
      'exports',
      'Buffer',
      'global',
      '__filename',
      '__dirname',
      'setTimeout',
      'setInterval',
      'setImmediate',
      'queueMicrotask',
      'performance',
      'navigator',
      'gc',
      'ivm',
      'ShadowRealm',
      'structuredClone',
      'atob',
      'XMLHttpRequest',
      'WebSocket',
    ];
    const o = await run(
      `return ${JSON.stringify(names)}.filter((n) => typeof globalThis[n] !== 'undefined')`,
      profile,
    );
    assert.equal(o, { ok: true, value: [], logs: [] });
  });

  test(`${profile}: import() is refused`, async () => {
    const o = await run('return await import("fs")', profile);
    assert.equal(o.ok, false);
    if (!o.ok) assert.is(o.code, 'ERR_SCRIPT_ERROR');
  });

  test(`${profile}: WebAssembly, SharedArrayBuffer and Atomics follow the profile`, async () => {
    const p = BUILTIN_PROFILES[profile];
    const o = await run('return [typeof WebAssembly, typeof SharedArrayBuffer, typeof Atomics]', profile);
    const want = [
      p.webAssembly ? 'object' : 'undefined',
      p.sharedArrayBuffer ? 'function' : 'undefined',
      p.sharedArrayBuffer ? 'object' : 'undefined',
    ];
    assert.equal(o, { ok: true, value: want, logs: [] });
  });

  test(`${profile}: require grants exactly the allowlisted modules`, async () => {
    const p = BUILTIN_PROFILES[profile];
    for (const name of [
      'lodash',
      'moment',
      'uuid',
      'fs',
      'child_process',
      'node:fs',
      '../../x',
      'isolated-vm',
      'lodash/../../x',
    ]) {
      const o = await run(`return typeof require(${JSON.stringify(name)})`, profile);
      const allowed = (p.allowedModules as readonly string[]).includes(name);
      if (allowed)
        assert.equal(o, { ok: true, value: name === 'uuid' ? 'object' : 'function', logs: [] }, name);
      else assert.equal(o.ok, false, name);
    }
  });
}

test('allowed modules work from their own source', async () => {
  const lodash = await run('const _ = require("lodash"); return _.chunk([1, 2, 3, 4], 2)', 'high-security');
  assert.equal(lodash, {
    ok: true,
    value: [
      [1, 2],
      [3, 4],
    ],
    logs: [],
  });
  const moment = await run(
    'return require("moment").utc("2024-01-02").add(1, "day").format("YYYY-MM-DD")',
    'high-security',
  );
  assert.equal(moment, { ok: true, value: '2024-01-03', logs: [] });
  const uuid = await run(
    'const u = require("uuid"); const id = u.v4(); return [u.validate(id), u.version(id)]',
    'tenant-isolated',
  );
  assert.equal(uuid, { ok: true, value: [true, 4], logs: [] });
});

test('a module object belongs to the sandbox realm, not the host', async () => {
  const o = await run(
    'const _ = require("lodash"); return [_.constructor === Function, Object.getPrototypeOf(_.chunk) === Function.prototype]',
    'high-security',
  );
  assert.equal(o, { ok: true, value: [true, true], logs: [] });
});

test.after(() => rt?.dispose());
test.run();

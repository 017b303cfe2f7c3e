/**
 * Values handed to flows the scanner does not model (the global object through a Set, a function prototype's
 * descriptors, Reflect.get bound or applied, Error through a container, lodash's template, builtin prototypes
 * reached through `.constructor.prototype`): the scanner refuses each, and with the scanner off the runtime
 * holds. Code generation throws EvalError, `process` is absent, and a pollution or a stack-trace hook stays in
 * the execution's own context: the next execution sees pristine builtins.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createRuntime, type Runtime } from '../runtime.js';
import { outcome } from './helpers.js';

let rt: Runtime;
test.before(() => {
  rt = createRuntime({ pool: { min: 1 } });
});

const input = { k: 'eval', code: '6*7', n: 'process', h: 'prepareStackTrace' };

/** Attacks whose dangerous part the runtime stops (EvalError, absent globals), by profile. */
const STOPPED: ReadonlyArray<{
  name: string;
  code: string;
  profile: 'ultra-secure' | 'high-security' | 'tenant-isolated';
}> = [
  {
    name: 'global object through a Set iterator, eval under a computed key',
    code: 'const g = new Set([globalThis]).values().next().value; return g[input.k](input.code);',
    profile: 'ultra-secure',
  },
  {
    name: 'global object through new Promise, process under a computed key',
    code: 'const g = await new Promise((ok) => ok(globalThis)); return g[input.n].pid;',
    profile: 'ultra-secure',
  },
  {
    name: "AsyncFunction constructor picked from a function prototype's descriptors",
    code: 'const P = Object.getPrototypeOf(async () => {}); const C = Object.values(Object.getOwnPropertyDescriptors(P)).find((d) => typeof d.value === "function").value; return await C("return 6*7")();',
    profile: 'ultra-secure',
  },
  {
    name: 'Function constructor through Reflect.apply(Reflect.get, ...)',
    code: 'const C = Reflect.apply(Reflect.get, null, [() => 0, "constructor"]); return C("return 6*7")();',
    profile: 'high-security',
  },
  {
    name: 'constant lodash template (compiled with Function)',
    code: 'const _ = require("lodash"); return _.template("<%= 6*7 %>")();',
    profile: 'high-security',
  },
  {
    name: 'tenant-isolated: Function("return this")() then eval under a computed key',
    code: 'const g = Function("return this")(); return g[input.k](input.code);',
    profile: 'tenant-isolated',
  },
];

for (const attack of STOPPED) {
  test(`scanner refuses and runtime holds: ${attack.name}`, async () => {
    const scanned = await outcome(rt, { code: attack.code, profile: attack.profile, input });
    assert.equal(scanned, { ok: false, code: 'ERR_SECURITY_SCAN_FAILED' });
    const held = await outcome(rt, { code: attack.code, profile: attack.profile, input, scan: false });
    assert.equal(held.ok, false, JSON.stringify(held));
  });
}

/** Attacks that run with the scanner off but only change the execution's own realm. */
const CONTAINED = [
  {
    name: 'Object.prototype polluted through input.constructor.prototype',
    code: 'input.constructor.prototype.owned = 1; return ({}).owned;',
    probe: 'return ({}).owned === undefined',
  },
  {
    name: 'Iterator.prototype polluted through getPrototypeOf chains',
    code: 'const up = Object.getPrototypeOf; up(up([].keys())).owned = 2; return [].keys().owned;',
    probe: 'return [].keys().owned === undefined',
  },
  {
    name: 'Error.prepareStackTrace set through an Error constructor in a Set',
    code: 'const E = new Set([Error]).values().next().value; E[input.h] = () => "hooked"; return typeof Error.prepareStackTrace;',
    probe: 'return Error.prepareStackTrace === undefined && typeof new Error("x").stack === "string"',
  },
];

for (const attack of CONTAINED) {
  test(`scanner refuses and the realm contains: ${attack.name}`, async () => {
    const scanned = await outcome(rt, { code: attack.code, profile: 'ultra-secure', input });
    assert.equal(scanned, { ok: false, code: 'ERR_SECURITY_SCAN_FAILED' });
    const ran = await outcome(rt, { code: attack.code, profile: 'ultra-secure', input, scan: false });
    assert.ok(ran.ok, JSON.stringify(ran));
    const next = await outcome(rt, { code: attack.probe, profile: 'ultra-secure', scan: false });
    assert.equal(next, { ok: true, value: true, logs: [] });
  });
}

test.after(() => rt?.dispose());
test.run();

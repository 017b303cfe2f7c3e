/**
 * Nothing one execution does is visible to the next, whatever the tenant (PP-* rows of the threat
 * catalogue): every execution starts from pristine builtins in a fresh context.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createRuntime, type Runtime } from '../runtime.js';
import { outcome, PROFILES } from './helpers.js';

let rt: Runtime;
// Created when the tests start, not at module load; disposed in the after hook.
test.before(() => {
  rt = createRuntime({ pool: { min: 0, max: 1 } });
});

const TAMPER = `
  Array.prototype.map = function () { return ['tampered'] };
  Object.prototype.leak = 'secret';
  globalThis.leftover = 'secret';
  globalThis[Symbol.for('k')] = 'secret';
  JSON.leak = 'secret';
  Math.random = () => 0.5;
  Error.stackTraceLimit = 0;
  Error.prepareStackTrace = () => 'hijacked';
  Object.defineProperty(Object.prototype, 'then', { get() { return (r) => r('hijacked') }, configurable: true });
  console.log = () => {};
  Object.freeze(Array.prototype);
  return 'tampered';`;

const CHECK = `
  const residue = [];
  if ([1].map((x) => x + 1)[0] !== 2) residue.push('Array.prototype.map');
  if ({}.leak !== undefined) residue.push('Object.prototype');
  if (typeof leftover !== 'undefined') residue.push('global');
  if (globalThis[Symbol.for('k')] !== undefined) residue.push('symbol global');
  if (JSON.leak !== undefined) residue.push('JSON static');
  if (Error.stackTraceLimit === 0) residue.push('stackTraceLimit');
  if (Error.prepareStackTrace !== undefined) residue.push('prepareStackTrace');
  if (Object.isFrozen(Array.prototype)) residue.push('frozen Array.prototype');
  if ('then' in {}) residue.push('thenable Object.prototype');
  return residue;`;

for (const profile of PROFILES) {
  for (const [a, b] of [
    ['tenant-a', 'tenant-b'],
    ['tenant-a', 'tenant-a'],
  ]) {
    test(`${profile}: ${a} tampers with builtins, ${b} sees pristine ones`, async () => {
      const first = await outcome(rt, { code: TAMPER, profile, tenantId: a, scan: false });
      assert.equal(first.ok, true);
      const second = await outcome(rt, { code: CHECK, profile, tenantId: b, scan: false });
      assert.equal(second, { ok: true, value: [], logs: [] });
    });
  }
}

test('shared profiles reuse the isolate across tenants; tenant-isolated never does', async () => {
  const local = createRuntime({ pool: { min: 0, max: 4 } });
  for (const tenantId of ['a', 'b', 'a', 'b']) {
    await local.execute({ code: 'return 1', profile: 'high-security', tenantId, scan: false });
    await local.execute({ code: 'return 1', profile: 'tenant-isolated', tenantId, scan: false });
  }
  const stats = local.stats().profiles;
  assert.is(stats['high-security']!.created, 1);
  assert.is(stats['tenant-isolated']!.created, 2);
  await local.dispose();
});

test.after(() => rt?.dispose());
test.run();

/**
 * The scanner runs first unless `scan: false`; what it refuses is also held by the runtime with the
 * scanner off (the runtime is the boundary), and the audit record keeps the score.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createRuntime, type Runtime } from '../runtime.js';
import { outcome } from './helpers.js';

let rt: Runtime;
// Created when the tests start, not at module load; disposed in the after hook.
test.before(() => {
  rt = createRuntime({ pool: { min: 1 } });
});

const ATTACKS = [
  'return eval("process")',
  'return (0, eval)("1")',
  'return ({}).constructor.constructor("return process")()',
  'const k = "constr" + "uctor"; return (() => 0)[k][k]("return 1")()',
  'return Function("return this")().process',
  'return import("fs")',
  'return require("child_process")',
  'return process.env',
  'return globalThis["pro" + "cess"].exit()',
];

for (const code of ATTACKS) {
  test(`scanner refuses and runtime holds: ${code}`, async () => {
    assert.equal(await outcome(rt, { code, profile: 'ultra-secure' }), {
      ok: false,
      code: 'ERR_SECURITY_SCAN_FAILED',
    });
    const held = await outcome(rt, { code, profile: 'ultra-secure', scan: false });
    assert.equal(held.ok, false);
  });
}

test('benign code passes the scan with a high score and the report is returned', async () => {
  const result = await rt.execute({
    code: 'const job = { process() { return "eval" } }; return job.process()',
  });
  assert.is(result.value, 'eval');
  assert.ok(result.scan?.secure && result.scan.score >= 9.5);
});

test('the audit record holds the scan score, also for refusals', async () => {
  await outcome(rt, { code: 'return eval("1")' });
  const records = rt.audit.records();
  const last = records[records.length - 1]!;
  assert.is(last.errorCode, 'ERR_SECURITY_SCAN_FAILED');
  assert.is(last.scanSecure, false);
  assert.type(last.scanScore, 'number');
});

test('scan: false records no score', async () => {
  await rt.execute({ code: 'return 1', scan: false });
  const records = rt.audit.records();
  assert.is(records[records.length - 1]!.scanScore, null);
});

test.after(() => rt?.dispose());
test.run();

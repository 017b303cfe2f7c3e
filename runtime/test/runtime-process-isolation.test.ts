/**
 * Crash containment (RX-near-limit-abort, RX-array-fill, non-interruptible builtins): in `process`
 * isolation a guest that makes V8 abort, or that never yields to termination, fails with a coded error,
 * its child process is replaced, the runtime keeps serving, and the audit log loses no record.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createRuntime, type Runtime } from '../runtime.js';
import { outcome } from './helpers.js';

let rt: Runtime;
// Created when the tests start, not at module load; disposed in the after hook.
test.before(() => {
  rt = createRuntime({ isolation: 'process', processes: 2, pool: { min: 1 } });
});
/**
 * Runs `code`. Code expected to complete runs under its profile's timeout (no budget a busy machine can
 * miss); a short `timeoutMs` is given only where the timeout (or the watchdog) is the expected outcome.
 */
const run = (code: string, timeoutMs?: number, profile = 'ultra-secure') =>
  outcome(rt, { code, profile, scan: false, ...(timeoutMs === undefined ? {} : { timeoutMs }) });

/** The code the first execution (the out-of-memory one) ended with, for the audit check. */
let firstCode = '';

test('a V8 fatal out-of-memory (flattened string doubling) is refused by a budget and the host survives', async () => {
  // Aborts V8 within a second on Node 24 (test/reliability/README.md): ERR_MEMORY_LIMIT, the child
  // replaced. On a machine busy enough the 5 s deadline can come first: ERR_TIMEOUT is as correct a
  // refusal. Array(1e9).fill takes about 20 s to abort, so the watchdog ends it first; it is covered by
  // runtime-near-limit-abort.
  const code = 'let s = "x"; for (;;) { s += s; s.charCodeAt(s.length - 1); }';
  const refused = await run(code, 5_000);
  if (!refused.ok) firstCode = refused.code;
  const served = await run('return "served"');
  assert.ok(
    !refused.ok && ['ERR_MEMORY_LIMIT', 'ERR_TIMEOUT'].includes(refused.code),
    JSON.stringify(refused),
  );
  assert.equal(served, { ok: true, value: 'served', logs: [] });
  // Whether V8 aborted the child (replaced, processRestarts counts it) or the isolate's own heap limit ended
  // the execution first (the child lives on) depends on the machine's load; both are this refusal.
});

test('a builtin that ignores termination is killed by the watchdog with ERR_TIMEOUT', async () => {
  assert.equal(await run('Array.prototype.fill.call({ length: 2 ** 32 - 1 }, "x"); return 1', 300), {
    ok: false,
    code: 'ERR_TIMEOUT',
  });
  assert.equal(await run('return "served"'), { ok: true, value: 'served', logs: [] });
});

test('the ordinary contract holds in process mode too', async () => {
  assert.equal(await run('return eval("1")'), {
    ok: false,
    code: 'ERR_SCRIPT_ERROR',
    guestName: 'EvalError',
  });
  assert.equal(await run('for (;;) {}', 300), { ok: false, code: 'ERR_TIMEOUT' });
  assert.equal(await run('return require("lodash").sum([1, 2])', undefined, 'high-security'), {
    ok: true,
    value: 3,
    logs: [],
  });
  const values = await Promise.all(Array.from({ length: 40 }, (_, i) => run(`return ${i}`)));
  assert.equal(
    values.map((v) => (v.ok ? v.value : v.code)),
    Array.from({ length: 40 }, (_, i) => i),
  );
});

test('the audit log holds one record per execution, crashes included', () => {
  const records = rt.audit.records();
  assert.is(records.length, 47);
  assert.is(records[0]?.errorCode, firstCode, 'the crashed execution has its record, with its code');
});

test('dispose ends the child processes and later calls reject with ERR_DISPOSED', async () => {
  await rt.dispose();
  assert.equal(await run('return 1'), { ok: false, code: 'ERR_DISPOSED' });
});

test.after(() => rt?.dispose());

test.run();

/**
 * Crash containment (RX-near-limit-abort, RX-array-fill, RX-string-bomb, non-interruptible builtins): every
 * pattern of crash-patterns.ts that aborts or hangs the host in `in-process` isolation is run here in the
 * default `process` isolation, where it must fail that one execution with a code, leave the host alive
 * and serving, and lose no audit record. The in-process side is measured by crash-probe-table.ts in child
 * processes, never here: those patterns would end the test runner.
 */
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createRuntime, type Runtime, verifyAuditLog } from '../../runtime/index.js';
import { CRASH_PATTERNS } from './crash-patterns.js';
import { contractBreach, settle, tempDir } from './helpers.js';

const temp = tempDir('near-limit');
const path = join(temp.dir, 'audit.jsonl');
let rt: Runtime;
// Created when the tests start, not at module load; disposed in the after hook.
test.before(() => {
  rt = createRuntime({ isolation: 'process', processes: 2, pool: { min: 1 }, audit: { path } });
});
let executions = 0;

/**
 * A V8 abort ends the child: ERR_MEMORY_LIMIT when its stderr said out-of-memory in time, else
 * ERR_INTERNAL; the watchdog may also win first (ERR_TIMEOUT). A hang is always the watchdog's.
 */
const ACCEPTED = {
  aborts: ['ERR_MEMORY_LIMIT', 'ERR_INTERNAL', 'ERR_TIMEOUT'],
  hangs: ['ERR_TIMEOUT'],
  contained: ['ERR_MEMORY_LIMIT', 'ERR_TIMEOUT', 'ERR_SCRIPT_ERROR', 'ok'],
} as const;

for (const pattern of CRASH_PATTERNS.filter((p) => p.inProcess !== 'contained')) {
  test(`${pattern.id} (${pattern.inProcess} in-process) is contained in process isolation`, async () => {
    const outcome = await settle(rt, { code: pattern.code, scan: false, timeoutMs: 500 });
    const neighbour = await settle(rt, { code: 'return "served"', scan: false });
    executions += 2;
    assert.is(contractBreach(outcome), null);
    const accepted: readonly string[] = ACCEPTED[pattern.inProcess];
    // An intermittent abort that did not abort this time completes like any snippet.
    assert.ok(
      accepted.includes(outcome.code) || (pattern.intermittent !== undefined && outcome.code === 'ok'),
      outcome.code,
    );
    assert.equal(neighbour, { code: 'ok', value: 'served' });
  });
}

test('the crashes restarted children, and the audit log holds every execution and verifies', async () => {
  assert.ok(rt.stats().processRestarts >= 1);
  await rt.dispose();
  const verified = await verifyAuditLog(path);
  assert.equal([verified.ok, verified.records], [true, executions]);
});

// Whatever failed above, the children must end, or they keep the test runner alive.
test.after(async () => {
  await rt?.dispose();
  temp.remove();
});

test.run();

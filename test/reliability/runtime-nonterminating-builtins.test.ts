/**
 * Attack: builtins that run to completion without checking for termination, each under a 1 s deadline:
 * `'a'.repeat(2 ** 28).replace(/a/g, '')`, `.replaceAll('a', '')`, string `indexOf`/`lastIndexOf` on 2^28
 * characters, generic `Array.prototype.indexOf`/`includes`/`lastIndexOf` on `{ length: 2 ** 53 - 1 }`
 * (2^53 steps: never, in practice), and `7n ** 3000000n`. In-process they settled 3.7-30 s after their
 * deadline or never (SECURITY.md, non-claims). In process isolation (the default) the watchdog kills the child
 * at the deadline plus its 1 s grace: the execution fails with ERR_TIMEOUT, a tenant that started alongside
 * is served, and the next execution runs. The bound asserted on the settle time is loose on purpose (the
 * machine is shared): it tells the watchdog's kill (2.4-7.2 s at load 50) from the builtin running to its end (17-30 s)
 * or forever.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createRuntime, type Runtime } from '../../runtime/index.js';
import { contractBreach, settle } from './helpers.js';

const ATTACKS: readonly { id: string; code: string; mayFinish?: true }[] = [
  { id: 'string-replace-global-regexp-2-28', code: "return 'a'.repeat(2 ** 28).replace(/a/g, '').length" },
  { id: 'string-replaceall-2-28', code: "return 'a'.repeat(2 ** 28).replaceAll('a', '').length" },
  {
    id: 'string-indexof-lastindexof-2-28',
    code: "const s = 'ab'.repeat(2 ** 27); return s.lastIndexOf('bb', 0) + s.indexOf('ba', 2 ** 28 - 3) + s.lastIndexOf('aa')",
    // On a quiet machine the three scans end inside the 1 s deadline (seen in a clean-clone CI run).
    mayFinish: true,
  },
  {
    id: 'array-indexof-call-length-2-53',
    code: 'return Array.prototype.indexOf.call({ length: 2 ** 53 - 1 }, 1)',
  },
  {
    id: 'array-includes-call-length-2-53',
    code: 'return Array.prototype.includes.call({ length: 2 ** 53 - 1 }, 1)',
  },
  {
    id: 'array-lastindexof-call-length-2-53',
    code: 'return Array.prototype.lastIndexOf.call({ length: 2 ** 53 - 1 }, 1)',
  },
  // Finished within its deadline in some runs (0.74-0.8 s measured): ok is accepted for it alone.
  { id: 'bigint-pow-3e6-bits', code: 'return (7n ** 3000000n) > 0n', mayFinish: true },
];

const TIMEOUT_MS = 1000;
const GRACE_MS = 1000;
/** The watchdog kill and the child's exit on a loaded machine (7.2 s seen at load 50); left to run, 17 s or more. */
const SETTLE_BOUND_MS = TIMEOUT_MS + GRACE_MS + 10_000;
const fast = {
  name: 'fast',
  memoryBudgetBytes: 2 << 20,
  timeoutMs: TIMEOUT_MS,
  allowFunctionConstructor: false,
  allowedModules: [],
  fetch: false,
  webAssembly: false,
  sharedArrayBuffer: false,
  weakRefs: false,
  isolatePerTenant: false,
};

let rt: Runtime;
test.before(() => {
  rt = createRuntime({ isolation: 'process', processes: 2, profiles: [fast] });
});

for (const attack of ATTACKS) {
  test(`${attack.id}: ERR_TIMEOUT by the watchdog in process isolation, a tenant alongside is served`, async () => {
    const started = performance.now();
    const [outcome, bystander] = await Promise.all([
      settle(rt, { code: attack.code, profile: 'fast', tenantId: 'attacker', scan: false }),
      new Promise((resolve) => setTimeout(resolve, 100)).then(() =>
        settle(rt, { code: 'return "served"', profile: 'fast', tenantId: 'bystander', scan: false }),
      ),
    ]);
    const elapsed = performance.now() - started;
    assert.is(contractBreach(outcome), null);
    if (!(attack.mayFinish && outcome.code === 'ok')) assert.is(outcome.code, 'ERR_TIMEOUT');
    assert.ok(elapsed < SETTLE_BOUND_MS, `settled after ${Math.round(elapsed)} ms`);
    assert.equal(bystander, { code: 'ok', value: 'served' });
    const next = await settle(rt, { code: 'return 2', profile: 'fast', tenantId: 'next', scan: false });
    assert.equal(next, { code: 'ok', value: 2 });
  });
}

test.after(async () => {
  await rt?.dispose();
});

test.run();

/**
 * Fault injection (RX-unhandled-rejection): guests that leave rejected promises unhandled, with plain,
 * hostile and late reasons. Each execution settles with a value or ERR_SCRIPT_ERROR, the host process
 * never sees an unhandled rejection or an uncaught exception of its own, and the runtime keeps serving.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createRuntime, type Runtime } from '../../runtime/index.js';
import { contractBreach, PROFILES, settle } from './helpers.js';

const SNIPPETS = [
  'Promise.reject(new Error("bare")); return 1',
  '(async () => { throw new TypeError("async") })(); return 2',
  'Promise.resolve().then(() => { throw 3 }); return 3',
  'Promise.reject({ get message() { for (;;) {} }, get name() { throw new Error("n") } }); return 4',
  'Promise.reject(new Proxy({}, { get() { throw new Error("trap") } })); return 5',
  'const e = new Error("x"); Object.defineProperty(e, "stack", { get() { for (;;) {} } }); Promise.reject(e); return 6',
  'Promise.reject(Symbol("s")); return 7',
  'await null; Promise.reject(10n); return 8',
  'for (let i = 0; i < 1000; i++) Promise.reject(new Error("many")); return 9',
];

let hostRejections = 0;
let hostExceptions = 0;
const onRejection = () => {
  hostRejections++;
};
const onException = () => {
  hostExceptions++;
};

test.before(() => {
  process.on('unhandledRejection', onRejection);
  process.on('uncaughtExceptionMonitor', onException);
});
test.after(() => {
  process.off('unhandledRejection', onRejection);
  process.off('uncaughtExceptionMonitor', onException);
});

for (const isolation of ['in-process', 'process'] as const) {
  test(`${isolation}: unhandled guest rejections stay in the guest`, async () => {
    const rt = createRuntime({ isolation, pool: { min: 1 } });
    try {
      await everyProfile(rt);
    } finally {
      await rt.dispose();
    }
    await new Promise((r) => setImmediate(r));
    assert.is(hostRejections, 0, 'no unhandled rejection reached the host');
    assert.is(hostExceptions, 0, 'no uncaught exception reached the host');
  });
}

async function everyProfile(rt: Runtime): Promise<void> {
  for (const profile of PROFILES) {
    const outcomes = await Promise.all(
      SNIPPETS.map((code) => settle(rt, { code, profile, scan: false, timeoutMs: 1_000 })),
    );
    for (const o of outcomes) {
      assert.is(contractBreach(o), null);
      assert.ok(['ok', 'ERR_SCRIPT_ERROR', 'ERR_TIMEOUT'].includes(o.code), o.code);
    }
    assert.equal(await settle(rt, { code: 'return "served"', profile }), { code: 'ok', value: 'served' });
  }
}

test.run();

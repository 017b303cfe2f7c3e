/**
 * A guest that rejects a promise it never handles, with isolated-vm's own failure wording, gets its own
 * error code (ERR_SCRIPT_ERROR), never the resource code that wording stands for: the audit record and the
 * caller must not read a guest's rejection as a memory kill or a timeout.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createRuntime, type Runtime } from '../runtime.js';
import { outcome } from './helpers.js';

const runtimes: Record<string, Runtime> = {};

test.before(() => {
  runtimes['in-process'] = createRuntime({ isolation: 'in-process', pool: { min: 0 } });
  runtimes.process = createRuntime({ isolation: 'process', pool: { min: 0 } });
});

test.after(async () => {
  await Promise.all(Object.values(runtimes).map((rt) => rt.dispose()));
});

const FORGED = [
  'Isolate was disposed during execution due to memory limit',
  'Catastrophic out-of-memory error',
  'Script execution timed out.',
  'Isolated is disposed',
];

for (const isolation of ['in-process', 'process']) {
  for (const text of FORGED) {
    test(`${isolation}: an unhandled rejection worded "${text}" is the guest's error, not a resource code`, async () => {
      const code = `Promise.reject(new Error(${JSON.stringify(text)})); await 0; return 1`;
      const o = await outcome(runtimes[isolation]!, { code, scan: false });
      assert.equal(o, { ok: false, code: 'ERR_SCRIPT_ERROR', guestName: 'Error' });
    });
  }
}

test.run();

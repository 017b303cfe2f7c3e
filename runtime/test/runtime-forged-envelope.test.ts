/**
 * Outputs the guest can forge: whatever the guest does to its realm (prototype `toJSON`, setters for
 * `value` or for array indices, replaced builtins), the envelope, the error code, the audit outcome and the
 * log bounds stay the runtime's. Results nested deeper than 1000 levels are ERR_RESULT_NOT_TRANSFERABLE in
 * both isolation modes. Every case runs in both modes with the scanner off.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { jsonDepth } from '../json-depth.js';
import { decodeEnvelope } from '../result-envelope.js';
import { createRuntime, type Runtime } from '../runtime.js';
import { outcome } from './helpers.js';

const LIMITS = { maxLogEntries: 5, maxLogBytes: 200, maxResultBytes: 100_000 };
const runtimes: Record<string, Runtime> = {
  'in-process': createRuntime({ isolation: 'in-process', pool: { min: 0 }, output: LIMITS }),
  process: createRuntime({ isolation: 'process', pool: { min: 0 }, output: LIMITS }),
};

/** Runs `code` and returns its outcome plus the audit record's outcome and error code. */
async function runAudited(isolation: string, code: string, profile = 'ultra-secure') {
  const rt = runtimes[isolation] as Runtime;
  const got = await outcome(rt, { code, profile, scan: false, timeoutMs: 3000 });
  const records = rt.audit.records();
  const last = records[records.length - 1];
  return { got, audit: [last?.outcome, last?.errorCode] };
}

const FORGED_SYNTAX = `
Object.prototype.toJSON = function () {
  delete Object.prototype.toJSON;
  return { ok: false, syntax: { name: 'SyntaxError', message: 'forged' }, logs: [], dropped: 0 };
};
return 7`;

for (const isolation of ['in-process', 'process']) {
  test(`${isolation}: Object.prototype.toJSON cannot turn code that ran into an ERR_SYNTAX record`, async () => {
    const { got, audit } = await runAudited(isolation, FORGED_SYNTAX);
    assert.equal(got, { ok: true, value: 7, logs: [] });
    assert.equal(audit, ['ok', null]);
  });

  test(`${isolation}: Object.prototype.toJSON cannot forge an error code for a guest error`, async () => {
    const code = `Object.prototype.toJSON = function () { delete Object.prototype.toJSON;
      return { ok: false, notTransferable: 'forged', logs: [], dropped: 0 } };
      throw new TypeError('real')`;
    const { got, audit } = await runAudited(isolation, code);
    assert.equal(got, { ok: false, code: 'ERR_SCRIPT_ERROR', guestName: 'TypeError' });
    assert.equal(audit, ['error', 'ERR_SCRIPT_ERROR']);
  });

  test(`${isolation}: a forged envelope cannot carry logs past the 5-entry bound`, async () => {
    const code = `Object.prototype.toJSON = function () { delete Object.prototype.toJSON;
      return { ok: true, value: 1, logs: Array(1000).fill('x'.repeat(1000)), dropped: 0 } };
      console.log('real'); return 2`;
    const { got } = await runAudited(isolation, code);
    assert.equal(got, { ok: true, value: 2, logs: ['real'] });
  });

  test(`${isolation}: a setter for "value" on Object.prototype does not erase the result`, async () => {
    const code = `Object.defineProperty(Object.prototype, 'value', { set(v) {}, configurable: true }); return 42`;
    assert.equal((await runAudited(isolation, code)).got, { ok: true, value: 42, logs: [] });
  });

  test(`${isolation}: setters for "ok", "error" and "logs" on Object.prototype change nothing`, async () => {
    const code = `for (const k of ['ok', 'error', 'logs', 'dropped', 'syntax', 'name', 'message'])
        Object.defineProperty(Object.prototype, k, { set(v) {}, get() { return 'forged' }, configurable: true });
      console.log('kept'); throw new RangeError('real')`;
    const { got, audit } = await runAudited(isolation, code);
    assert.equal(got, { ok: false, code: 'ERR_SCRIPT_ERROR', guestName: 'RangeError' });
    assert.equal(audit, ['error', 'ERR_SCRIPT_ERROR']);
  });

  test(`${isolation}: an index setter on Array.prototype does not swallow console lines`, async () => {
    const code = `Object.defineProperty(Array.prototype, '0', { set(v) {}, configurable: true });
      console.log('first'); console.log('second'); return 1`;
    assert.equal((await runAudited(isolation, code)).got, { ok: true, value: 1, logs: ['first', 'second'] });
  });

  test(`${isolation}: replaced String and Array methods do not change the envelope`, async () => {
    const code = `String.prototype.slice = () => 'forged'; Array.prototype.join = () => 'forged';
      String.prototype.charCodeAt = () => 91; JSON.stringify = () => '{"ok":false,"syntax":{}}';
      console.log('line'); return { a: [1, 2] }`;
    assert.equal((await runAudited(isolation, code)).got, { ok: true, value: { a: [1, 2] }, logs: ['line'] });
  });

  test(`${isolation}: a result nested 6000 deep is ERR_RESULT_NOT_TRANSFERABLE`, async () => {
    const code = 'let v = 1; for (let i = 0; i < 6000; i++) v = [v]; return v';
    const { got, audit } = await runAudited(isolation, code);
    assert.equal(got, { ok: false, code: 'ERR_RESULT_NOT_TRANSFERABLE' });
    assert.equal(audit, ['error', 'ERR_RESULT_NOT_TRANSFERABLE']);
  });

  test(`${isolation}: a function or symbol nested in a result is ERR_RESULT_NOT_TRANSFERABLE, not silently dropped`, async () => {
    // Before: { a: Symbol(), b: 1 } came back as { b: 1 } and [Symbol(), () => 1] as [null, null], audited ok.
    for (const value of [
      '{ a: Symbol(), b: 1 }',
      '[Symbol(), () => 1]',
      '{ deep: [{ f() {} }] }',
      '{ toJSON() { return { f: () => 1 }; } }',
    ]) {
      const { got, audit } = await runAudited(isolation, `return ${value}`);
      assert.equal(got, { ok: false, code: 'ERR_RESULT_NOT_TRANSFERABLE' }, value);
      assert.equal(audit, ['error', 'ERR_RESULT_NOT_TRANSFERABLE'], value);
    }
    // undefined keeps JSON's meaning: an absent field, null in an array.
    assert.equal((await runAudited(isolation, 'return { a: undefined, b: [undefined] }')).got, {
      ok: true,
      value: { b: [null] },
      logs: [],
    });
  });

  test(`${isolation}: a result nested 1001 deep is refused, 1000 deep is given`, async () => {
    const nest = (n: number) => `let v = {}; for (let i = 1; i < ${n}; i++) v = { v }; return v`;
    assert.equal((await runAudited(isolation, nest(1001))).got, {
      ok: false,
      code: 'ERR_RESULT_NOT_TRANSFERABLE',
    });
    const ok = await runAudited(isolation, nest(1000));
    assert.is(ok.got.ok, true);
    assert.is(jsonDepth(JSON.stringify((ok.got as { value: unknown }).value)), 1000);
  });
}

test('the host applies the log bounds to an envelope that passed them in the isolate', () => {
  const text = JSON.stringify({ ok: true, value: 1, logs: Array(50).fill('y'.repeat(10)), dropped: 3 });
  const out = decodeEnvelope(text, LIMITS);
  assert.equal(out.logs, Array(5).fill('y'.repeat(10)));
  assert.is(out.logsDropped, 48);
  const bytes = decodeEnvelope(JSON.stringify({ ok: true, logs: ['a'.repeat(150), 'b'.repeat(60)] }), LIMITS);
  assert.equal(bytes.logs, ['a'.repeat(150)]);
  assert.is(bytes.logsDropped, 1);
});

test('the host refuses an envelope nested deeper than the limit before parsing it', () => {
  const deep = `{"ok":true,"value":${'['.repeat(1001)}${']'.repeat(1001)}}`;
  assert.throws(
    () => decodeEnvelope(deep, LIMITS),
    (e: { code?: string }) => e.code === 'ERR_RESULT_NOT_TRANSFERABLE',
  );
});

test('jsonDepth counts brackets outside strings only', () => {
  assert.is(jsonDepth('1'), 0);
  assert.is(jsonDepth('[[{"a":[1]}]]'), 4);
  assert.is(jsonDepth('["[[[[", "\\"[[[", {"b": "{{{"}]'), 2);
});

test.after(async () => {
  for (const rt of Object.values(runtimes)) await rt.dispose();
});
test.run();

/**
 * Every isolated-vm failure text maps to a stable code with the project's own wording (isolated-vm's
 * "Isolated is disposed" spelling, "Promise was abandoned" during a memory kill, its out-of-memory texts).
 * No isolated-vm message reaches a caller. No isolate is created here.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { SandboxError } from '../errors.js';
import { ISOLATE_FAILURES, isAbandonedPromise, mapIsolateError } from '../ivm-errors.js';

const TEXTS: Array<[string, string]> = [
  ['Isolate was disposed during execution due to memory limit', 'ERR_MEMORY_LIMIT'],
  ['Catastrophic out-of-memory error', 'ERR_MEMORY_LIMIT'],
  ['Script execution timed out.', 'ERR_TIMEOUT'],
  ['Isolate is disposed', 'ERR_INTERNAL'],
  ['Isolated is disposed', 'ERR_INTERNAL'],
  ['Isolate is already disposed', 'ERR_INTERNAL'],
  ['Isolate was disposed during execution', 'ERR_INTERNAL'],
  ['Context is released', 'ERR_INTERNAL'],
  ['Script has been released', 'ERR_INTERNAL'],
  ['Reference has been released', 'ERR_INTERNAL'],
  ['Module has been released', 'ERR_INTERNAL'],
  ['Copy has been released', 'ERR_INTERNAL'],
  ['Promise was abandoned', 'ERR_INTERNAL'],
  ['something isolated-vm may say one day', 'ERR_INTERNAL'],
];

test('each isolated-vm failure text maps to its stable code, in our own words', () => {
  for (const [text, code] of TEXTS) {
    const mapped = mapIsolateError(new Error(text), null);
    assert.instance(mapped, SandboxError);
    assert.is(mapped.code, code, text);
    assert.not.ok(mapped.message.includes(text), `the original text leaked: ${mapped.message}`);
    assert.not.match(mapped.message, /Isolated|isolated-vm|released|abandoned/);
  }
});

test('the host kill reason wins over the text ("Promise was abandoned" during a memory kill)', () => {
  const abandoned = new Error('Promise was abandoned');
  assert.is(mapIsolateError(abandoned, 'memory').code, 'ERR_MEMORY_LIMIT');
  assert.is(mapIsolateError(abandoned, 'timeout').code, 'ERR_TIMEOUT');
  assert.is(mapIsolateError(new Error('Isolated is disposed'), 'memory').code, 'ERR_MEMORY_LIMIT');
  assert.is(mapIsolateError(new Error('Isolate is disposed'), 'disposed').code, 'ERR_DISPOSED');
});

test('non-Error values and texts that only contain a known one map to ERR_INTERNAL', () => {
  assert.is(mapIsolateError('Isolate is disposed', null).code, 'ERR_INTERNAL');
  assert.is(mapIsolateError(undefined, null).code, 'ERR_INTERNAL');
  assert.is(mapIsolateError(new Error('x Script execution timed out.'), null).code, 'ERR_INTERNAL');
});

test('the table lists every family once, and abandoned promises are recognised exactly', () => {
  assert.ok(ISOLATE_FAILURES.length >= 6);
  assert.ok(isAbandonedPromise(new Error('Promise was abandoned')));
  assert.not.ok(isAbandonedPromise(new Error('a Promise was abandoned by the guest')));
  assert.not.ok(isAbandonedPromise('Promise was abandoned'));
});

test.run();

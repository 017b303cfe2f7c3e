/**
 * The harness gives the same verdict on a loaded machine: a sample expected to end with ERR_MEMORY_LIMIT
 * also passes with ERR_TIMEOUT (found: rx-big-buffer-03 ended ERR_TIMEOUT on a busy runner and failed
 * certification), while a time refusal is never replaced by a memory one, and a completion still fails.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { AdapterOutcome } from '../adapters/adapter.js';
import { acceptedErrors, judgeRun } from '../judge.js';
import type { Expectation } from '../sample.js';

const blocked = (errors: string[]): Expectation =>
  ({ outcome: 'blocked', stages: ['runtime'], errors }) as Expectation;
const timeout: AdapterOutcome = { status: 'timeout' };
const memory: AdapterOutcome = { status: 'memory' };

test('a memory sample refused by the time budget on a slow machine passes', () => {
  assert.ok(judgeRun(blocked(['ERR_MEMORY_LIMIT']), timeout, []).pass);
  assert.ok(judgeRun(blocked(['ERR_MEMORY_LIMIT']), memory, []).pass);
  assert.ok(judgeRun(blocked(['ERR_RESULT_NOT_TRANSFERABLE', 'ERR_MEMORY_LIMIT']), timeout, []).pass);
});

test('a time sample still requires ERR_TIMEOUT: a slow machine never turns it into a memory refusal', () => {
  const verdict = judgeRun(blocked(['ERR_TIMEOUT']), memory, []);
  assert.equal([verdict.pass, verdict.kind], [false, 'wrong-error']);
});

test('a budget sample that completes, or ends with another code, still fails', () => {
  const completed: AdapterOutcome = { status: 'completed', value: 1, logs: [] } as AdapterOutcome;
  assert.is(judgeRun(blocked(['ERR_MEMORY_LIMIT']), completed, []).kind, 'not-blocked');
  const threw = { status: 'threw', errorCode: 'ERR_SCRIPT_ERROR' } as AdapterOutcome;
  assert.is(judgeRun(blocked(['ERR_MEMORY_LIMIT']), threw, []).kind, 'wrong-error');
  assert.is(judgeRun(blocked(['ERR_MEMORY_LIMIT']), timeout, ['ESCAPED in value']).kind, 'escape');
});

test('codes without a memory budget are unchanged', () => {
  assert.equal(acceptedErrors(['ERR_SCRIPT_ERROR']), ['ERR_SCRIPT_ERROR']);
  assert.equal(acceptedErrors(['ERR_TIMEOUT']), ['ERR_TIMEOUT']);
  assert.equal(acceptedErrors(['ERR_MEMORY_LIMIT', 'ERR_TIMEOUT']), ['ERR_MEMORY_LIMIT', 'ERR_TIMEOUT']);
});

test.run();

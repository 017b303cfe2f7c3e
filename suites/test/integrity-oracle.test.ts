/**
 * The oracle sees forged outputs: each finding of integrity-oracle.ts fires on the forgery and stays quiet on
 * the honest outcome, and in `output-integrity` a failed expectation blocks certification (a timeout does not).
 */
import { resolve } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { AdapterOutcome } from '../adapters/adapter.js';
import { type HashLedger, integrityFindings } from '../integrity-oracle.js';
import { blocksCertification } from '../judge.js';
import { compilesAsSnippet } from '../syntax-truth.js';

const fresh = (): HashLedger => new Map();
const threw = (errorCode: string, message = 'm'): AdapterOutcome => ({ status: 'threw', errorCode, message });

test('ERR_SYNTAX for code that compiles is a forged outcome; for code that does not, it is not', () => {
  assert.equal(integrityFindings('return 7', threw('ERR_SYNTAX'), fresh()).length, 1);
  assert.equal(integrityFindings('return (', threw('ERR_SYNTAX'), fresh()), []);
  const audited = {
    status: 'completed',
    value: 7,
    logs: [],
    audit: { outcome: 'error', errorCode: 'ERR_SYNTAX', codeSha256: 'a' },
  };
  assert.ok(
    integrityFindings('return 7', audited as AdapterOutcome, fresh()).some((f) => f.includes('ERR_SYNTAX')),
  );
});

test('the snippet is parsed as a function body: a wrapper break-out does not compile', () => {
  assert.ok(compilesAsSnippet('await null; return 1'));
  assert.not.ok(compilesAsSnippet('}); evil(); (async function () {'));
  assert.not.ok(compilesAsSnippet(`return ${'['.repeat(300)}${']'.repeat(300)}`), 'too deep to be certain');
});

test('an audit record that disagrees with the outcome is a finding', () => {
  const ok = { outcome: 'ok' as const, errorCode: null, codeSha256: 'h1' };
  const err = { outcome: 'error' as const, errorCode: 'ERR_SCRIPT_ERROR', codeSha256: 'h2' };
  assert.equal(
    integrityFindings('return 1', { status: 'completed', value: 1, logs: [], audit: ok }, fresh()),
    [],
  );
  assert.equal(integrityFindings('throw 1', { ...threw('ERR_SCRIPT_ERROR'), audit: err }, fresh()), []);
  assert.equal(integrityFindings('throw 1', { ...threw('ERR_SCRIPT_ERROR'), audit: ok }, fresh()).length, 1);
  assert.equal(
    integrityFindings('return 1', { status: 'completed', value: 1, logs: [], audit: err }, fresh()).length,
    1,
  );
});

test('two different programs with one audit hash are a finding; one program seen twice is not', () => {
  const ledger = fresh();
  const audit = { outcome: 'ok' as const, errorCode: null, codeSha256: 'same' };
  const done = (): AdapterOutcome => ({ status: 'completed', value: 1, logs: [], audit });
  assert.equal(integrityFindings("'\uD800'", done(), ledger), []);
  assert.equal(integrityFindings("'\uD800'", done(), ledger), []);
  assert.equal(integrityFindings("'\uD801'", done(), ledger).length, 1);
});

test('a host path or node:internal frame in a value, a log or an error message is a finding', () => {
  const root = resolve(import.meta.dirname, '..', '..');
  const stack = `RangeError: bad\n    at f (${root}/runtime/prepared-context.ts:70:19)`;
  assert.equal(integrityFindings('x', { status: 'completed', value: [stack], logs: [] }, fresh()).length, 1);
  assert.equal(
    integrityFindings('x', { status: 'completed', value: 1, logs: ['at node:internal/x'] }, fresh()).length,
    1,
  );
  assert.equal(integrityFindings('x', threw('ERR_SCRIPT_ERROR', stack), fresh()).length, 1);
  assert.equal(
    integrityFindings('x', { status: 'completed', value: 'at sandbox:snippet.js:1:1', logs: [] }, fresh()),
    [],
  );
});

test('raw control or bidi characters in an error message are a finding; escaped ones are not', () => {
  assert.equal(integrityFindings('x', threw('ERR_SCRIPT_ERROR', 'Error: \u001b[2J'), fresh()).length, 1);
  assert.equal(integrityFindings('x', threw('ERR_SCRIPT_ERROR', 'Error: \u202e'), fresh()).length, 1);
  assert.equal(integrityFindings('x', threw('ERR_SCRIPT_ERROR', 'Error: \\u001b[2J'), fresh()), []);
});

test('in output-integrity every failed expectation blocks certification, a timeout does not', () => {
  const sample = { kind: 'malicious' as const, category: 'output-integrity' };
  assert.ok(blocksCertification(sample, 'wrong-value', '', null));
  assert.ok(blocksCertification(sample, 'wrong-error', '', 'ERR_RESULT_NOT_TRANSFERABLE'));
  assert.not.ok(blocksCertification(sample, 'wrong-error', '', 'ERR_TIMEOUT'));
  assert.not.ok(blocksCertification({ kind: 'malicious', category: 'persistence' }, 'wrong-value', '', null));
});

test.run();

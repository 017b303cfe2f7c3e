import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { analyzeBody, type ScanState } from '../analyze-program.js';
import { RULES } from '../rules/index.js';
import { SCAN_PROFILES } from '../scan-profile.js';
import { resolveScannerOptions } from '../types.js';
import { ruleIds } from './rule-tester.js';

function state(): ScanState {
  return {
    deadline: performance.now() + 5_000,
    options: resolveScannerOptions(),
    profile: SCAN_PROFILES['ultra-secure'],
    rules: RULES,
    rescanCharsLeft: 65_536,
    warnings: new Set(),
  };
}

// The wrapper is strict, so `with` in a snippet is a parse error; the rule fires on sloppy bodies (decoded code).
test('with-statement invalid: a sloppy body using with', () => {
  const ids = analyzeBody('with (obj) { x = 1 }', state())?.map((f) => f.ruleId) ?? [];
  assert.ok(ids.includes('with-statement'));
});

test('with-statement invalid: with in a snippet fails closed as a parse error', () => {
  assert.ok(ruleIds('with (input) { return x }', 'ultra-secure').includes('parse-error'));
});

test('with-statement invalid: decoded with-code is flagged', () => {
  assert.ok(ruleIds('return ["with (o) ", "{ x }"].join("")', 'ultra-secure').includes('decoded-code'));
});

test('with-statement valid: names containing with', () => {
  const ids =
    analyzeBody('const withX = 1; const o = { with: 2 }; o.with', state())?.map((f) => f.ruleId) ?? [];
  assert.not.ok(ids.includes('with-statement'));
});

test.run();

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { gradeForScore, scoreFindings } from '../score.js';
import { SecurityScanner } from '../security-scanner.js';
import type { Finding, Severity } from '../types.js';

const at = (ruleId: string, severity: Severity): Finding => ({
  ruleId,
  severity,
  message: '',
  line: 1,
  column: 1,
});

test('no findings: 10, A, secure', () => {
  assert.equal(scoreFindings([]), { score: 10, grade: 'A', secure: true });
});

test('deducts once per distinct rule, by its worst finding', () => {
  const v = scoreFindings([at('a', 'medium'), at('a', 'medium'), at('a', 'low'), at('b', 'low')]);
  assert.is(v.score, 8);
  assert.is(v.grade, 'B');
  assert.is(v.secure, true);
});

test('grade thresholds', () => {
  assert.is(gradeForScore(9), 'A');
  assert.is(gradeForScore(8.9), 'B');
  assert.is(gradeForScore(7.5), 'B');
  assert.is(gradeForScore(6), 'C');
  assert.is(gradeForScore(4), 'D');
  assert.is(gradeForScore(3.9), 'F');
});

test('any critical finding caps the grade at F and makes the report insecure', () => {
  const v = scoreFindings([at('a', 'critical')]);
  assert.equal(v, { score: 0, grade: 'F', secure: false });
});

test('any high finding caps the grade at D and makes the report insecure', () => {
  const v = scoreFindings([at('a', 'high')]);
  assert.is(v.score, 6);
  assert.is(v.grade, 'D');
  assert.is(v.secure, false);
});

test('scores clamp at 0 and round to one decimal', () => {
  const v = scoreFindings([at('a', 'high'), at('b', 'high'), at('c', 'high'), at('d', 'medium')]);
  assert.is(v.score, 0);
  assert.is(scoreFindings([at('a', 'medium'), at('b', 'low'), at('c', 'info')]).score, 8);
});

test('benign code scores at least 9.5', () => {
  const report = new SecurityScanner().scanSync({ code: 'return [1, 2, 3].map((x) => x * 2)' });
  assert.ok(report.score >= 9.5);
  assert.is(report.grade, 'A');
});

test('reports carry profile, executionId, recommendations and a duration', () => {
  const report = new SecurityScanner().scanSync({
    code: 'return eval("1")',
    profile: 'high-security',
    executionId: 'e-1',
  });
  assert.is(report.profile, 'high-security');
  assert.is(report.executionId, 'e-1');
  assert.ok(report.recommendations.length > 0);
  assert.type(report.durationMs, 'number');
});

test('custom profile objects are accepted by their capability fields', () => {
  const profile = {
    name: 'custom',
    allowFunctionConstructor: true,
    allowedModules: ['lodash'],
    webAssembly: false,
    sharedArrayBuffer: false,
    fetch: false,
    timeoutMs: 1000,
  };
  const report = new SecurityScanner().scanSync({
    code: 'return Function("return 1")() + require("lodash").x',
    profile,
  });
  assert.is(report.secure, true);
  assert.is(report.profile, 'custom');
});

test.run();

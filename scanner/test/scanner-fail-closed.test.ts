import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { SecurityScanner } from '../security-scanner.js';
import type { ScanReport, ScanRequest } from '../types.js';

const scanner = new SecurityScanner();

function failsClosed(report: ScanReport, ruleId: string): void {
  assert.is(report.secure, false);
  assert.is(report.grade, 'F');
  assert.ok(
    report.findings.some((f) => f.ruleId === ruleId && f.severity === 'critical'),
    ruleId,
  );
}

test('100,000-deep nesting fails closed without overflowing', () => {
  for (const [open, close] of [
    ['(', ')'],
    ['[', ']'],
    ['{', '}'],
  ]) {
    const code = `return ${(open as string).repeat(100_000)}1${(close as string).repeat(100_000)}`;
    failsClosed(scanner.scanSync({ code }), 'nesting-too-deep');
  }
});

test('deep chains the bracket pre-check cannot see hit the parser guard and fail closed', () => {
  const report = scanner.scanSync({ code: `return ${'-'.repeat(100_000)}1` });
  assert.is(report.secure, false);
  assert.is(report.grade, 'F');
});

test('a 1 MB source fails closed as too large', () => {
  failsClosed(scanner.scanSync({ code: `// ${'x'.repeat(1024 * 1024)}` }), 'source-too-large');
});

test('the size limit counts UTF-8 bytes, not UTF-16 units', () => {
  const small = new SecurityScanner({ maxSourceBytes: 100 });
  failsClosed(small.scanSync({ code: `return "${'é'.repeat(60)}"` }), 'source-too-large');
});

test('garbage bytes fail closed as a parse error', () => {
  const bytes = Array.from({ length: 4096 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join('');
  failsClosed(scanner.scanSync({ code: bytes }), 'parse-error');
});

test('U+2028 and U+2029 are accepted where ECMAScript accepts them and keep lines right', () => {
  const report = scanner.scanSync({ code: 'const s = "a\u2028b";\u2029return eval(s)' });
  const finding = report.findings.find((f) => f.ruleId === 'eval');
  assert.ok(finding);
  // Both are ECMAScript line terminators (also inside strings, for line counting), as in acorn's positions.
  assert.is(finding?.line, 3);
});

test('lone surrogates in strings and comments do not throw', () => {
  const report = scanner.scanSync({ code: 'const s = "\uD800"; // \uDC00\nreturn s + "\uDFFF"' });
  assert.is(report.secure, true);
  failsClosed(scanner.scanSync({ code: 'const \uD800 = 1' }), 'parse-error');
});

test('a hashbang is a parse error (the runtime runs a function body)', () => {
  failsClosed(scanner.scanSync({ code: '#!/usr/bin/env node\nreturn 1' }), 'parse-error');
});

test('a tiny time budget fails closed as scan-time-budget', () => {
  const slow = new SecurityScanner({ timeBudgetMs: 0.000001 });
  const code = Array.from({ length: 2000 }, (_, i) => `const v${i} = input.a + ${i};`).join('\n');
  failsClosed(slow.scanSync({ code }), 'scan-time-budget');
});

test('malformed requests fail closed as invalid-request', async () => {
  const bad: unknown[] = [
    null,
    {},
    { code: 42 },
    { code: 'return 1', profile: 'no-such-profile' },
    { code: 'return 1', profile: { name: 'x' } },
  ];
  for (const request of bad) {
    failsClosed(scanner.scanSync(request as ScanRequest), 'invalid-request');
    failsClosed(await scanner.scan(request as ScanRequest), 'invalid-request');
  }
});

test('parse errors report snippet lines', () => {
  const report = scanner.scanSync({ code: 'const a = 1;\nconst b = ;\nreturn a' });
  failsClosed(report, 'parse-error');
  assert.is(report.findings[0]?.line, 2);
});

test('never throws on random inputs', () => {
  let seed = 7;
  const next = (): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed;
  };
  const alphabet = '(){}[]`\'"/\\*+-!<>=;,.:?$_ae\n\u2028\uD800x0';
  for (let i = 0; i < 300; i++) {
    const code = Array.from({ length: next() % 200 }, () => alphabet[next() % alphabet.length]).join('');
    const report = scanner.scanSync({ code });
    assert.type(report.score, 'number');
  }
});

test.run();

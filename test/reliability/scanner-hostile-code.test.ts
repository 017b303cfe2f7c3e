/**
 * The scanner on hostile input, property-based: random requests and code (bytes, token soup, nesting
 * 100,000 levels deep, 10 MB strings, lone surrogates) never make `scanSync` throw; the report is well
 * formed; and a scan that overran its time budget is never a secure verdict (it fails closed with
 * `scan-time-budget`). The scanner's budget is the scanning thread's CPU time (scanner/scan-clock.ts), so
 * "overran" is judged on this thread's CPU time too: on a loaded machine a one-character scan can take 50 ms
 * of wall time waiting for a core, and that is not an overrun. The hang bound below is a guard against a
 * scanner that never returns, not a performance assertion.
 */
import fc from 'fast-check';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { type ScanReport, SecurityScanner } from '../../scanner/index.js';

const BUDGET_MS = 50;
const HANG_BOUND_MS = 10_000;
const scanner = new SecurityScanner({ timeBudgetMs: BUDGET_MS });
const GRADES = new Set(['A', 'B', 'C', 'D', 'E', 'F']);

/** This thread's CPU time in milliseconds (the scanner's budget clock). */
function threadCpuMs(): number {
  const { user, system } = process.threadCpuUsage();
  return (user + system) / 1000;
}

/** Scans, and returns why the outcome breaks the scanner's contract, or null. */
function breach(request: unknown): string | null {
  const started = performance.now();
  const cpuStarted = threadCpuMs();
  let report: ScanReport;
  try {
    report = scanner.scanSync(request as Parameters<SecurityScanner['scanSync']>[0]);
  } catch (error) {
    return `scanSync threw ${(error as Error)?.name}`;
  }
  const elapsed = performance.now() - started;
  const cpuElapsed = threadCpuMs() - cpuStarted;
  if (elapsed > HANG_BOUND_MS) return `scan ran ${elapsed.toFixed(0)} ms`;
  if (typeof report.secure !== 'boolean' || !GRADES.has(report.grade)) return 'malformed verdict';
  if (!(report.score >= 0 && report.score <= 10)) return `score ${report.score}`;
  if (!Array.isArray(report.findings)) return 'findings not an array';
  const overran = report.findings.some((f) => f.ruleId === 'scan-time-budget');
  if (cpuElapsed > BUDGET_MS && report.secure && !overran) return 'overran its budget, judged secure';
  if (overran && report.secure) return 'scan-time-budget judged secure';
  return null;
}

const TOKENS = [
  'return',
  'await',
  'function',
  '=>',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  ';',
  '`',
  '${',
  '"',
  "'",
  '\\u{61}',
  'eval',
  'Function',
  'constructor',
  "['constructor']",
  'globalThis',
  'import',
  '(',
  'x',
  '+',
  '1',
  '/./g',
  '\n',
  '?.',
  '#x',
  'class',
  'with',
  '\u2028',
];
const tokenSoup = fc.array(fc.constantFrom(...TOKENS), { maxLength: 200 }).map((t) => t.join(''));
const bytes = fc.uint8Array({ maxLength: 2_000 }).map((b) => Buffer.from(b).toString('latin1'));
const code = fc.oneof(tokenSoup, bytes, fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }));

test('random code: scanSync never throws and its verdict is well formed', () => {
  fc.assert(
    fc.property(code, fc.constantFrom('ultra-secure', 'high-security', 'tenant-isolated'), (c, profile) => {
      assert.is(breach({ code: c, profile }), null);
    }),
    { numRuns: 600, seed: 11 },
  );
});

test('random requests: scanSync never throws', () => {
  fc.assert(
    fc.property(
      fc.oneof(fc.anything({ withBigInt: true }), fc.record({ code: fc.anything(), profile: fc.anything() })),
      (r) => {
        assert.is(breach(r), null);
      },
    ),
    { numRuns: 300, seed: 12 },
  );
});

test('deep nesting, huge strings and odd text fail closed or scan, never throw', () => {
  const n = 100_000;
  const inputs = [
    `return ${'('.repeat(n)}1${')'.repeat(n)}`,
    `return ${'['.repeat(n)}${']'.repeat(n)}`,
    `${'{'.repeat(n)}${'}'.repeat(n)}`,
    `return ${'!'.repeat(n)}1`,
    `return x${'()'.repeat(n)}`,
    `return ${'a.'.repeat(n)}b`,
    `return ${'1+'.repeat(n)}1`,
    `return "${'x'.repeat(10 * 2 ** 20)}"`,
    `return "${'x'.repeat(200_000)}"`,
    `return ${'"ab" + '.repeat(20_000)}""`,
    '\ud800\udfff\ud800'.repeat(10_000),
    '\u0000'.repeat(100_000),
  ];
  for (const c of inputs) {
    const verdict = breach({ code: c, profile: 'ultra-secure' });
    assert.is(verdict, null);
  }
});

test('a refusal of oversized or deeply nested code is not secure', () => {
  const report = scanner.scanSync({ code: `return ${'['.repeat(100_000)}${']'.repeat(100_000)}` });
  assert.is(report.secure, false);
  assert.ok(report.findings.some((f) => f.ruleId === 'nesting-too-deep'));
});

test.run();

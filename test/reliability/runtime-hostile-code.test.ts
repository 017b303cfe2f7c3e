/**
 * Hostile code, property-based: random bytes, random token soup, nesting 100,000 levels deep and strings
 * of megabytes, with the scanner on and off. Every execution settles with a value or a coded error (no
 * host frames), well before the hang bound, and the runtime keeps serving.
 */
import fc from 'fast-check';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createRuntime, type Runtime } from '../../runtime/index.js';
import { contractBreach, PROFILES, settle } from './helpers.js';

let rt: Runtime;
// Created when the tests start, not at module load; disposed in the after hook.
test.before(() => {
  rt = createRuntime({ isolation: 'in-process', pool: { min: 1 } });
});
const TIMEOUT_MS = 100;

const TOKENS = [
  'return',
  'await',
  'async',
  'function',
  '=>',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  ';',
  ',',
  '.',
  '...',
  '=',
  '+',
  '-',
  '*',
  '**',
  '/',
  '`',
  '${',
  '"',
  "'",
  '\\',
  'new',
  'class',
  'this',
  'super',
  'yield',
  'for',
  'while',
  '(;;)',
  'throw',
  'try',
  'catch',
  'Promise',
  'Proxy',
  'Reflect',
  'constructor',
  '__proto__',
  'prototype',
  'eval',
  'Function',
  'globalThis',
  'input',
  'console.log',
  'x',
  '1',
  '1e308',
  '0n',
  '/a+/g',
  '?.',
  '??',
  '#p',
  'import',
  'with',
  'debugger',
  '\n',
  ' ',
];

const tokenSoup = fc.array(fc.constantFrom(...TOKENS), { maxLength: 60 }).map((t) => t.join(' '));
const bytes = fc.uint8Array({ maxLength: 400 }).map((b) => Buffer.from(b).toString('latin1'));
const code = fc.oneof(tokenSoup, bytes, fc.string({ unit: 'binary', maxLength: 200 }), fc.string());

test('random code settles with a value or a coded error, scanner on and off', async () => {
  await fc.assert(
    fc.asyncProperty(code, fc.constantFrom(...PROFILES), fc.boolean(), async (c, profile, scan) => {
      const outcome = await settle(rt, { code: c, profile, scan, timeoutMs: TIMEOUT_MS });
      assert.is(contractBreach(outcome), null);
    }),
    { numRuns: 200, seed: 7 },
  );
});

const N = 100_000;
const DEEP: Record<string, string> = {
  parens: `return ${'('.repeat(N)}1${')'.repeat(N)}`,
  arrays: `return ${'['.repeat(N)}${']'.repeat(N)}`,
  blocks: `${'{'.repeat(N)}${'}'.repeat(N)} return 1`,
  unary: `return ${'!'.repeat(N)}1`,
  calls: `return x${'()'.repeat(N)}`,
  templates: `return ${'`${'.repeat(N / 4)}1${'}`'.repeat(N / 4)}`,
  'json-parse': `return typeof JSON.parse(${JSON.stringify(`${'['.repeat(N)}${']'.repeat(N)}`)})`,
};

for (const [name, snippet] of Object.entries(DEEP)) {
  test(`nesting ${N.toLocaleString('en')} levels deep (${name}) fails or runs with a code`, async () => {
    for (const scan of [true, false]) {
      const outcome = await settle(rt, { code: snippet, scan, timeoutMs: 2_000 });
      assert.is(contractBreach(outcome), null);
      // Bracket nesting is refused by the scanner; nesting inside a string is data it cannot see. Deep
      // syntax without brackets (unary chains, call chains) may pass the scanner's bracket pre-check and
      // then be refused by V8's parser: ERR_SYNTAX, still a coded refusal.
      const unbracketed = name === 'unary' || name === 'calls';
      const refusals = unbracketed
        ? ['ERR_SECURITY_SCAN_FAILED', 'ERR_SYNTAX']
        : ['ERR_SECURITY_SCAN_FAILED'];
      if (scan && name !== 'json-parse')
        assert.ok(refusals.includes(outcome.code), `${name}: ${outcome.code}`);
    }
  });
}

// Found by this suite (fixed): V8's parser overflows its stack on deep nesting and isolated-vm reports a
// RangeError, which the runtime mapped to ERR_INTERNAL instead of the guest's ERR_SYNTAX.
test('deep nesting is the guest syntax error, not an internal one', async () => {
  const outcome = await settle(rt, { code: DEEP.parens, scan: false });
  assert.is(outcome.code, 'ERR_SYNTAX');
});

test('strings of megabytes built by the guest: a value or a coded error', async () => {
  const snippets = [
    'return "x".repeat(10 * 2 ** 20).length',
    'const s = "ab".repeat(5 * 2 ** 20); return s.split("").length',
    'return "x".repeat(10 * 2 ** 20)',
    'return "\\ud800".repeat(2 ** 20).normalize().length',
    'return /(a+)+$/.test("a".repeat(30) + "b")',
    'return "a".repeat(2 ** 22).replace(/a/g, "bb").length',
  ];
  for (const snippet of snippets) {
    for (const profile of PROFILES) {
      const outcome = await settle(rt, { code: snippet, profile, scan: false, timeoutMs: 1_000 });
      assert.is(contractBreach(outcome), null);
    }
  }
});

test('the runtime still serves after the hostile code', async () => {
  for (const profile of PROFILES) {
    assert.equal(await settle(rt, { code: 'return 6 * 7', profile }), { code: 'ok', value: 42 });
  }
});

test.after(() => rt?.dispose());
test.run();

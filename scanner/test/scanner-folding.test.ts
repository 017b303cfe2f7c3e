import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ruleIds } from './rule-tester.js';

/** Each expression must fold to the key `eval` when used on the global object. */
const EVAL_SPELLINGS = [
  '"ev" + "al"',
  '`e${"v"}al`',
  '"\\x65\\x76\\x61\\x6c"',
  '"\\u0065\\u{76}al"',
  'String.fromCharCode(101, 118, 97, 108)',
  'String.fromCharCode(...[101, 118, 97, 108])',
  'String.fromCodePoint(0x65, 0x76, 0x61, 0x6c)',
  'String.fromCharCode(100 + 1, 59 * 2, 97, 108)',
  '["e", "v", "a", "l"].join("")',
  '["l", "a", "v", "e"].reverse().join("")',
  '"lave".split("").reverse().join("")',
  'atob("ZXZhbA==")',
  'Buffer.from("6576616c", "hex").toString()',
  'Buffer.from("ZXZhbA==", "base64").toString("utf8")',
  'unescape("%65%76%61%6c")',
  'decodeURIComponent("%65%76%61%6C")',
  '"EVAL".toLowerCase()',
  '"xevalx".slice(1, 5)',
  '"e".concat("v", "al")',
  '"ev".repeat(1) + "al"',
  '(14).toString(36) + (31).toString(36) + "al"',
  '"e_v_a_l".replaceAll("_", "")',
  'String.raw`eval`',
];

for (const spelling of EVAL_SPELLINGS) {
  test(`folds ${spelling}`, () => {
    assert.ok(ruleIds(`return globalThis[${spelling}]("1")`, 'ultra-secure').includes('eval'));
  });
}

test('folding is bounded: huge repeats give up (unknown key) instead of allocating', () => {
  const ids = ruleIds('return globalThis["a".repeat(1e9)]', 'ultra-secure');
  assert.ok(ids.includes('global-dynamic-key'));
});

test('a long concatenation chain folds without recursion limits', () => {
  const chain =
    Array.from('constructor', (c) => `"${c}"`).join(' + ') + ` + ${Array(3000).fill('""').join(' + ')}`;
  assert.ok(
    ruleIds(`const k = ${chain}; return ({})[k][k]("1")()`, 'ultra-secure').includes('constructor-chain'),
  );
});

test('numbers fold as keys', () => {
  assert.not.ok(ruleIds('return [1, 2][0 + 1]', 'ultra-secure').length > 0);
});

test.run();

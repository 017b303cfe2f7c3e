import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { aliasGlobal } from '../mutators/alias-global.js';
import { computedGlobal } from '../mutators/computed-global.js';
import { fromCharCode } from '../mutators/from-char-code.js';
import { DEFAULT_MUTATORS, generateVariants, mutateSample } from '../mutators/index.js';
import { keySplit } from '../mutators/key-split.js';
import { parseSnippet } from '../mutators/mutator.js';
import { stringEscape } from '../mutators/string-escape.js';
import { makeSample } from './fixtures.js';

const CHAIN = "return ({}).constructor.constructor('return this')();";

test('key-split splits sensitive member keys, optional chains included', () => {
  assert.is(keySplit.mutate(CHAIN), "return ({})['const' + 'ructor']['const' + 'ructor']('return this')();");
  assert.is(keySplit.mutate('return a?.constructor;'), "return a?.['const' + 'ructor'];");
  assert.is(keySplit.mutate("return a['__proto__'];"), "return a['__pr' + 'oto__'];");
  assert.is(keySplit.mutate('return a.b;'), null);
});

test('string-escape escapes sensitive literals and leaves directives alone', () => {
  const out = stringEscape.mutate("'use strict'; return eval('return this');");
  assert.ok(out?.startsWith("'use strict';"));
  assert.not.ok(out?.includes("'return this'"));
  assert.is(
    stringEscape.mutate("return x['constructor'];"),
    "return x['\\x63\\x6f\\x6e\\x73\\x74\\x72\\x75\\x63\\x74\\x6f\\x72'];",
  );
  assert.is(stringEscape.mutate("return 'plain';"), null);
});

test('from-char-code spells keys, and skips snippets that name String', () => {
  assert.is(
    fromCharCode.mutate('return a.caller;'),
    'return a[String.fromCharCode(99, 97, 108, 108, 101, 114)];',
  );
  assert.is(fromCharCode.mutate('String.fromCharCode = () => 1; return a.caller;'), null);
});

test('alias-global binds eval / Function once and calls the alias', () => {
  assert.is(
    aliasGlobal.mutate("return eval('1');"),
    "const __spAlias_eval = eval; return __spAlias_eval('1');",
  );
  // A name used elsewhere than as a plain reference (here a property) could be replaced before use: skip.
  assert.is(aliasGlobal.mutate("globalThis.eval = null; return eval('1');"), null);
});

test('computed-global reaches eval / Function through globalThis, unless shadowed', () => {
  assert.is(
    computedGlobal.mutate("return new Function('return 1')();"),
    "return new globalThis['Function']('return 1')();",
  );
  assert.is(computedGlobal.mutate('const Function = 1; return Function;'), null);
  assert.is(computedGlobal.mutate("const globalThis = {}; return eval('1');"), null);
});

test('every generated variant still parses and keeps its parent expectation', () => {
  const parent = makeSample('cg-ctor-chain-01-plain', CHAIN, {
    outcome: 'blocked',
    stages: ['scan', 'runtime'],
  });
  const variants = generateVariants([parent]);
  assert.ok(variants.length >= 3);
  for (const variant of variants) {
    assert.ok(parseSnippet(variant.code), variant.id);
    assert.is(variant.generatedFrom, parent.id);
    assert.ok(DEFAULT_MUTATORS.some((m) => m.name === variant.mutator));
    assert.equal(variant.expect, parent.expect);
    assert.is(variant.id, `${parent.id}--${variant.mutator}`);
  }
});

test('benign, generated and unparsable samples are never mutated', () => {
  const benign = {
    ...makeSample('data-01-x', CHAIN, { outcome: 'allowed', value: 1 }),
    kind: 'benign' as const,
  };
  const generated = {
    ...makeSample('g', CHAIN, { outcome: 'contained', hasValue: false }),
    generatedFrom: 'p',
  };
  const broken = makeSample('b', 'return ({}).constructor(', { outcome: 'contained', hasValue: false });
  assert.equal(generateVariants([benign, generated, broken]), []);
});

test('multi-step samples are mutated step by step', () => {
  const code = '//@step tenant=a\nreturn ({}).constructor;\n//@step tenant=b\nreturn 1;';
  const sample = makeSample(
    'pp-x',
    code,
    { outcome: 'contained', hasValue: false },
    {
      flags: ['multi-step'],
      steps: [
        { tenant: 'a', code: 'return ({}).constructor;' },
        { tenant: 'b', code: 'return 1;' },
      ],
    },
  );
  const variant = mutateSample(sample, keySplit);
  assert.equal(
    variant?.steps.map((s) => s.tenant),
    ['a', 'b'],
  );
  assert.ok(variant?.steps[0]?.code.includes("['const' + 'ructor']"));
  assert.ok(variant?.code.includes('//@step tenant=b'));
});

test.run();

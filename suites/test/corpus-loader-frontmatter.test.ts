import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { normalizeSample, parseSampleText, readCorpus, splitSteps } from '../corpus-loader.js';
import { maliciousFrontmatter, sampleText, writeCorpus } from './fixtures.js';

test('parses the frontmatter and keeps the body apart', () => {
  const raw = parseSampleText(sampleText(maliciousFrontmatter(), 'return eval("1");'), 'malicious/x/y.js');
  assert.is(raw.parseError, undefined);
  assert.is(raw.frontmatter?.id, 'cg-direct-eval-01-plain');
  assert.is(raw.body.trim(), 'return eval("1");');
});

test('a file without frontmatter or with broken YAML is reported, not thrown', () => {
  assert.ok(parseSampleText('return 1;', 'a.js').parseError);
  assert.ok(parseSampleText('/*---\nid: [unclosed\n---*/\nreturn 1;', 'a.js').parseError);
  assert.ok(parseSampleText('/*---\n- a list\n---*/\nreturn 1;', 'a.js').parseError);
});

test('splits multi-step bodies on //@step lines', () => {
  const split = splitSteps('//@step tenant=a\nglobalThis.x = 1;\n//@step tenant=b\nreturn typeof x;\n');
  assert.equal(
    split.steps.map((s) => s.tenant),
    ['a', 'b'],
  );
  assert.ok(split.steps[1]?.code.includes('return typeof x'));
  assert.is(split.markers, 2);
  assert.is(split.preamble, false);
});

test('code before the first step marker is flagged as a preamble', () => {
  const split = splitSteps('const x = 1;\n//@step tenant=a\nreturn x;');
  assert.is(split.preamble, true);
  assert.is(split.steps.length, 2);
});

test('normalizes expectations, keeping whether contained has a value', () => {
  const fm = maliciousFrontmatter({
    expect: {
      'ultra-secure': { outcome: 'contained' },
      'high-security': { outcome: 'contained', value: null },
      'tenant-isolated': { outcome: 'allowed', value: 42 },
    },
    flags: ['multi-step'],
  });
  const sample = normalizeSample(parseSampleText(sampleText(fm, '//@step tenant=a\nreturn 1;'), 'p.js'));
  assert.equal(sample.expect['ultra-secure'], { outcome: 'contained', hasValue: false });
  assert.equal(sample.expect['high-security'], { outcome: 'contained', hasValue: true, value: null });
  assert.equal(sample.expect['tenant-isolated'], { outcome: 'allowed', value: 42 });
  assert.is(sample.steps[0]?.tenant, 'a');
});

test('reads malicious and benign folders of a corpus, sorted by path', async () => {
  const root = writeCorpus({
    'malicious/code-generation/cg-direct-eval-01-plain.js': sampleText(maliciousFrontmatter(), 'return 1;'),
    'benign/data/data-01-sum.js': 'return 1;',
    'notes.txt': 'ignored',
  });
  const raws = await readCorpus(root);
  assert.equal(
    raws.map((r) => r.path),
    ['benign/data/data-01-sum.js', 'malicious/code-generation/cg-direct-eval-01-plain.js'],
  );
});

test.run();

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { type LintCode, lintCorpus, lintSample } from '../corpus-lint.js';
import { readCorpus } from '../corpus-loader.js';
import { loadVocabulary } from '../vocabulary.js';
import { maliciousFrontmatter, rawSample } from './fixtures.js';

const vocab = await loadVocabulary();
const PATH = 'malicious/code-generation/cg-direct-eval-01-plain.js';

function codes(fm: Record<string, unknown>, path = PATH, body?: string): LintCode[] {
  return lintSample(rawSample(path, fm, body), vocab).map((issue) => issue.code);
}

test('the real corpus lints without errors', async () => {
  const issues = lintCorpus(await readCorpus(), vocab).filter((i) => i.severity === 'error');
  assert.equal(
    issues.map((i) => `${i.path}: ${i.code} ${i.message}`),
    [],
  );
});

test('uncovered techniques are warnings, not errors', async () => {
  const issues = lintCorpus([rawSample(PATH, maliciousFrontmatter())], vocab);
  const coverage = issues.filter((i) => i.code === 'LINT_UNCOVERED_TECHNIQUE');
  assert.ok(coverage.length > 0);
  assert.ok(coverage.every((i) => i.severity === 'warning'));
  assert.not.ok(coverage.some((i) => i.message.includes('CG-direct-eval ')));
});

test('a valid sample has no issue', () => {
  assert.equal(codes(maliciousFrontmatter()), []);
});

test('unknown key', () =>
  assert.ok(codes(maliciousFrontmatter({ severity: 'high' })).includes('LINT_UNKNOWN_KEY')));
test('unknown key inside an expectation', () => {
  const expect = {
    ...(maliciousFrontmatter().expect as object),
    'ultra-secure': { outcome: 'blocked', stages: ['runtime'], why: 1 },
  };
  assert.ok(codes(maliciousFrontmatter({ expect })).includes('LINT_UNKNOWN_KEY'));
});
test('unknown category', () => {
  const path = 'malicious/teleport/cg-direct-eval-01-plain.js';
  assert.ok(codes(maliciousFrontmatter({ category: 'teleport' }), path).includes('LINT_UNKNOWN_CATEGORY'));
});
test('unknown technique', () => {
  assert.ok(codes(maliciousFrontmatter({ technique: 'CG-teleport' })).includes('LINT_UNKNOWN_TECHNIQUE'));
});
test('technique of another category', () => {
  assert.ok(codes(maliciousFrontmatter({ technique: 'HA-process' })).includes('LINT_TECHNIQUE_CATEGORY'));
});
test('unknown area', () => {
  const fm = { ...maliciousFrontmatter({ kind: 'benign', category: 'poetry' }), technique: undefined };
  assert.ok(codes(fm, 'benign/poetry/poetry-01-x.js').includes('LINT_UNKNOWN_AREA'));
});
test('unknown flag', () =>
  assert.ok(codes(maliciousFrontmatter({ flags: ['turbo'] })).includes('LINT_UNKNOWN_FLAG')));
test('malicious sample in the benign folder', () => {
  assert.ok(
    codes(maliciousFrontmatter(), 'benign/code-generation/cg-direct-eval-01-plain.js').includes(
      'LINT_KIND_FOLDER',
    ),
  );
});
test('benign sample in the malicious folder', () => {
  const fm = maliciousFrontmatter({ kind: 'benign', category: 'data', id: 'data-01-x' });
  assert.ok(codes(fm, 'malicious/data/data-01-x.js').includes('LINT_KIND_FOLDER'));
});
test('folder and category disagree', () => {
  assert.ok(
    codes(maliciousFrontmatter(), 'malicious/host-access/cg-direct-eval-01-plain.js').includes(
      'LINT_CATEGORY_FOLDER',
    ),
  );
});
test('id differs from the file name', () => {
  assert.ok(codes(maliciousFrontmatter({ id: 'cg-direct-eval-02-other' })).includes('LINT_ID_MISMATCH'));
});
test('id not kebab-case', () =>
  assert.ok(codes(maliciousFrontmatter({ id: 'CG_Direct' })).includes('LINT_BAD_ID')));
test('file name does not follow <technique>-<nn>-<slug>', () => {
  const fm = maliciousFrontmatter({ id: 'direct-eval' });
  assert.ok(codes(fm, 'malicious/code-generation/direct-eval.js').includes('LINT_FILE_NAME'));
});
test('duplicate ids', () => {
  const a = rawSample(PATH, maliciousFrontmatter());
  const b = rawSample(PATH, maliciousFrontmatter());
  assert.ok(lintCorpus([a, b], vocab).some((i) => i.code === 'LINT_DUPLICATE_ID'));
});
test('missing references on a malicious sample', () => {
  assert.ok(codes(maliciousFrontmatter({ references: [] })).includes('LINT_MISSING_REFERENCES'));
  assert.ok(codes(maliciousFrontmatter({ references: undefined })).includes('LINT_MISSING_REFERENCES'));
});
test('missing required key', () =>
  assert.ok(codes(maliciousFrontmatter({ description: '' })).includes('LINT_MISSING_KEY')));
test('bad variant', () =>
  assert.ok(codes(maliciousFrontmatter({ variant: 'spicy' })).includes('LINT_BAD_VARIANT')));
test('missing profile in expect', () => {
  const expect = { 'ultra-secure': { outcome: 'blocked', stages: ['runtime'] } };
  assert.ok(codes(maliciousFrontmatter({ expect })).includes('LINT_MISSING_PROFILE'));
});
test('unknown profile in expect', () => {
  const expect = { ...(maliciousFrontmatter().expect as object), paranoid: { outcome: 'contained' } };
  assert.ok(codes(maliciousFrontmatter({ expect })).includes('LINT_UNKNOWN_PROFILE'));
});
function withUltra(entry: unknown): Record<string, unknown> {
  return maliciousFrontmatter({
    expect: { ...(maliciousFrontmatter().expect as object), 'ultra-secure': entry },
  });
}
test('allowed without value', () =>
  assert.ok(codes(withUltra({ outcome: 'allowed' })).includes('LINT_ALLOWED_WITHOUT_VALUE')));
test('blocked without valid stages', () => {
  assert.ok(codes(withUltra({ outcome: 'blocked' })).includes('LINT_BLOCKED_STAGES'));
  assert.ok(codes(withUltra({ outcome: 'blocked', stages: ['kernel'] })).includes('LINT_BLOCKED_STAGES'));
});
test('scan without runtime unless scan-only', () => {
  assert.ok(codes(withUltra({ outcome: 'blocked', stages: ['scan'] })).includes('LINT_SCAN_WITHOUT_RUNTIME'));
  const scanOnly = { ...withUltra({ outcome: 'blocked', stages: ['scan'] }), flags: ['scan-only'] };
  assert.not.ok(codes(scanOnly).includes('LINT_SCAN_WITHOUT_RUNTIME'));
});
test('unknown error code', () => {
  assert.ok(
    codes(withUltra({ outcome: 'blocked', stages: ['runtime'], errors: ['ERR_NOPE'] })).includes(
      'LINT_UNKNOWN_ERROR_CODE',
    ),
  );
});
test('bad outcome', () => assert.ok(codes(withUltra({ outcome: 'maybe' })).includes('LINT_BAD_EXPECTATION')));
test('generated sample without generatedFrom', () => {
  assert.ok(codes(maliciousFrontmatter({ mutator: 'key-split' })).includes('LINT_GENERATED_WITHOUT_PARENT'));
  const orphan = rawSample(PATH, maliciousFrontmatter({ generatedFrom: 'nobody', mutator: 'key-split' }));
  assert.ok(lintCorpus([orphan], vocab).some((i) => i.code === 'LINT_GENERATED_WITHOUT_PARENT'));
});
test('multi-step flag and step markers must agree', () => {
  assert.ok(codes(maliciousFrontmatter({ flags: ['multi-step'] }), PATH, 'return 1;').includes('LINT_STEPS'));
  assert.ok(codes(maliciousFrontmatter(), PATH, '//@step tenant=a\nreturn 1;').includes('LINT_STEPS'));
});
test('unreadable frontmatter', () => {
  const raw = { path: PATH, text: 'return 1', frontmatter: null, body: 'return 1', parseError: 'missing' };
  assert.equal(
    lintSample(raw, vocab).map((i) => i.code),
    ['LINT_PARSE'],
  );
});
test('oversized sample', () => {
  assert.ok(
    codes(maliciousFrontmatter(), PATH, `// ${'x'.repeat(5000)}\nreturn 1;`).includes('LINT_TOO_LARGE'),
  );
});

test('a sample citing an advisory is proven against a target or says why not', () => {
  const cites = { references: ['CVE-2023-37466'] };
  assert.equal(codes(maliciousFrontmatter(cites)), ['LINT_UNPROVEN_ADVISORY']);
  assert.equal(codes(maliciousFrontmatter({ references: ['vm2 GHSA-grj5-jjm8-h35p'] })), [
    'LINT_UNPROVEN_ADVISORY',
  ]);
  assert.equal(codes(maliciousFrontmatter({ ...cites, proven: ['vm2@3.9.19'] })), []);
  assert.equal(
    codes(maliciousFrontmatter({ ...cites, unproven: 'Fixed before the oldest installed version.' })),
    [],
  );
  assert.equal(codes(maliciousFrontmatter({ ...cites, proven: ['vm2'] })), ['LINT_BAD_PROVEN']);
  assert.equal(codes(maliciousFrontmatter({ ...cites, unproven: 'no' })), ['LINT_BAD_PROVEN']);
  // A reference that is not an advisory needs neither.
  assert.equal(codes(maliciousFrontmatter({ references: ['SES test suite'] })), []);
});

test.run();

/**
 * The boundary check bites: on a small tree it finds an import past an index, a cycle between areas, an import
 * out of a leaf area; on this repository it finds none (there is no list of exceptions).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { boundariesHold, checkBoundaries } from '../check-boundaries.js';

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'sandproof-boundaries-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

test('a clean tree holds', () => {
  const root = tree({
    'contract/index.ts': 'export const A = 1;',
    'runtime/index.ts': "export { B } from './b.js';",
    'runtime/b.ts': "import { A } from '../contract/index.js'; export const B = A;",
    'suites/x.ts': "import { B } from '../runtime/index.js';",
  });
  try {
    const report = checkBoundaries(root);
    assert.ok(boundariesHold(report));
    assert.is(report.imports.length, 2);
  } finally {
    rmSync(root, { recursive: true });
  }
});

test('an import past an index, a cycle and an import out of a leaf are each found', () => {
  const root = tree({
    'runtime/index.ts': "export { B } from './b.js';",
    'runtime/b.ts': "import { X } from '../suites/index.js'; export const B = 1;",
    'suites/index.ts': 'export const X = 1;',
    'suites/x.ts': "import { B } from '../runtime/b.js';",
    'contract/index.ts': "import { X } from '../suites/index.js';",
  });
  try {
    const report = checkBoundaries(root);
    assert.equal(
      report.pastIndex.map((i) => `${i.file} -> ${i.target}`),
      ['suites/x.ts -> runtime/b.ts'],
    );
    assert.equal(report.cycles, [['runtime', 'suites']]);
    assert.equal(
      report.fromLeaves.map((i) => i.file),
      ['contract/index.ts'],
    );
    assert.not.ok(boundariesHold(report));
  } finally {
    rmSync(root, { recursive: true });
  }
});

test('this repository holds its boundaries', () => {
  const report = checkBoundaries();
  assert.equal(report.pastIndex, []);
  assert.equal(report.cycles, []);
  assert.equal(report.fromLeaves, []);
});

test.run();

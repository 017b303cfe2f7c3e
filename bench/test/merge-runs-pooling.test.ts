import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mergeRuns } from '../lib/merge-runs.js';
import { ratio, results } from './bench-fixture.js';

test('merged runs pool every figure and take the median of the pool', () => {
  const a = results([ratio('x', [1, 2, 3]), ratio('only-a', [5, 5, 5])]);
  const b = results([ratio('x', [4, 5, 6])]);
  const merged = mergeRuns([a, b]);
  const x = merged.ratios.find((r) => r.id === 'x');
  assert.equal(x?.samples, [1, 2, 3, 4, 5, 6]);
  assert.is(x?.value, 3.5);
  assert.ok(merged.ratios.some((r) => r.id === 'only-a'));
});

test('merging one run changes no figure', () => {
  const a = results([ratio('x', [1, 2, 3])]);
  assert.equal(mergeRuns([a]).ratios, a.ratios);
});

test('merging nothing is an error', () => {
  assert.throws(() => mergeRuns([]));
});

test.run();

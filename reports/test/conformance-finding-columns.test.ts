/**
 * The certification page and the Markdown summary show one column per finding class, coloured, and keep
 * working on results written before the taxonomy (no `findings` field).
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { FINDING_COLORS } from '../../results/index.js';
import { renderConformanceHtml } from '../conformance-html.js';
import { renderConformanceMarkdown } from '../markdown-summary.js';
import { nodeVmResults } from './fixtures.js';

function withFindings() {
  const results = nodeVmResults();
  const p = results.profiles[0]!;
  p.findings = { escape: 3, policy: 7, budget: 2, 'false-refusal': 4, defect: 1, surface: 9 };
  p.qualification = null;
  return results;
}

test('the score table has a column per class, and non-zero counts take the class colour', () => {
  const html = renderConformanceHtml(withFindings());
  for (const heading of ['escapes', 'policy', 'budget', 'false refusals', 'defects', 'surface'])
    assert.ok(html.includes(`>${heading}</th>`), heading);
  assert.ok(html.includes(`color:${FINDING_COLORS.policy};font-weight:600">7<`));
  assert.ok(html.includes(`color:${FINDING_COLORS.surface};font-weight:600">9<`));
});

test('the Markdown summary lists per-class counts', () => {
  const md = renderConformanceMarkdown(withFindings());
  assert.ok(md.includes('| policy | budget | false refusals | defects | surface |'));
  assert.match(md, /\| 7 \| 2 \| 4 \| 1 \| 9 \|/);
});

test('results written before the taxonomy still render (escapes and false positives only)', () => {
  const html = renderConformanceHtml(nodeVmResults());
  assert.ok(html.includes('>escapes</th>'));
});

test.run();

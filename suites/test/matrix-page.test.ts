import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { ConformanceResults } from '../conformance-results.js';
import { adapterSlug, medianRunMs } from '../matrix-cli.js';
import { renderMatrixHtml } from '../matrix-html.js';

function results(name: string, categories: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  return {
    schemaVersion: 1,
    adapter: { name, capabilities: { profiles: ['ultra-secure'], scanner: false, ...extra } },
    profiles: [
      {
        profile: 'ultra-secure',
        certified: false,
        score: 5,
        grade: 'D',
        samples: 3,
        passed: 1,
        escapes: 1,
        blockingFailures: 2,
        categories,
        failures: [],
      },
    ],
  } as unknown as ConformanceResults;
}

test('the matrix has a row per category and a column per sandbox, gaps apart from claimed failures', () => {
  const a = results(
    'box-a',
    { 'resource-exhaustion': { samples: 4, passed: 1, failed: 3, escapes: 0, declaredGaps: 3 } },
    { nonGoals: ['memory-limit'] },
  );
  const b = results('box-b<script>', { 'realm-escape': { samples: 2, passed: 0, failed: 2, escapes: 1 } });
  const html = renderMatrixHtml([
    { results: a, profile: 'ultra-secure', medianRunMs: 12, incidents: { hang: 2 } },
    { results: b, profile: 'ultra-secure', medianRunMs: null, incidents: {} },
  ]);
  assert.match(
    html,
    /<th>resource-exhaustion<\/th><td class="gap">1\/4<br>3 by design<\/td><td class="none">-<\/td>/,
  );
  assert.match(
    html,
    /<th>realm-escape<\/th><td class="none">-<\/td><td class="escape">0\/2<br><b>1 escaped<\/b><br>2 claimed, failed<\/td>/,
  );
  assert.match(html, /<td>memory-limit<\/td><td>none declared<\/td>/);
  assert.match(html, /<td>hang 2<\/td><td>none<\/td>/);
  assert.not.match(html, /<script>/, 'names are escaped');
  assert.not.match(html, /<script|src=|href="http/, 'self-contained: no script, no external resource');
});

test('adapter slugs and the median run time from junit', () => {
  assert.is(adapterSlug('suites/adapters/examples/ses.ts'), 'ses');
  assert.is(adapterSlug('./my-box.adapter.mjs'), 'my-box');
  assert.is(adapterSlug('quickjs'), 'quickjs');
  const junit = ['0.010', '0.030', '0.020']
    .map((t) => `<testcase name="x" classname="ultra-secure.malicious.cg" time="${t}"/>`)
    .join('\n');
  assert.is(medianRunMs(junit, 'ultra-secure'), 20);
  assert.is(medianRunMs(junit, 'high-security'), null);
});

test.run();

/**
 * The conformance reports take a failure's snippet from the results and read the corpus folder only for a
 * failure that carries none (results written before the suite recorded snippets).
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { snippetsToLookUp, writeConformanceReports } from '../write-reports.js';
import { nodeVmResults } from './fixtures.js';

test('a snippet in the results wins; the corpus is read only for failures without one', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'sandproof-snippets-'));
  try {
    const results = nodeVmResults();
    const failures = results.profiles.flatMap((p) => p.failures);
    // A generated variant (`id--mutator`) falls back to its original's file: group by the original's id.
    const base = (id: string) => id.split('--')[0] ?? id;
    const first = failures[0]!;
    const second = failures.find((f) => base(f.sampleId) !== base(first.sampleId))!;
    for (const f of failures) {
      if (base(f.sampleId) === base(first.sampleId)) f.snippet = 'return "FROM-RESULTS"';
      else delete f.snippet;
    }
    const corpus = join(dir, 'corpus');
    await mkdir(corpus);
    await writeFile(join(corpus, `${base(first.sampleId)}.js`), 'return "DECOY-FROM-CORPUS"');
    await writeFile(join(corpus, `${base(second.sampleId)}.js`), 'return "OLD-RESULTS-FALLBACK"');
    await writeConformanceReports(results, join(dir, 'out'), { corpusDir: corpus });
    const html = await readFile(join(dir, 'out', 'conformance.html'), 'utf8');
    assert.ok(html.includes('FROM-RESULTS'));
    assert.not.ok(html.includes('DECOY-FROM-CORPUS'), 'the corpus copy of a carried snippet is not shown');
    assert.not.ok(snippetsToLookUp(results).includes(first.sampleId), 'nor looked up');
    assert.ok(html.includes('OLD-RESULTS-FALLBACK'), 'a failure without a snippet still finds its code');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('results whose every failure carries its snippet send nothing to the corpus', () => {
  const results = nodeVmResults();
  assert.ok(snippetsToLookUp(results).length > 0, 'the fixture predates recorded snippets');
  for (const p of results.profiles) for (const f of p.failures) f.snippet = 'return 1';
  assert.equal(snippetsToLookUp(results), []);
});

test.run();

/**
 * Baselines per worker: each adapter worker process is probed for its own pristine builtins before its
 * first sample, and residue is judged against that worker's baseline. A sandbox whose starting state
 * differs between processes (here a per-process global) was charged with "changed builtins" on every
 * sample a second worker ran, held to the first worker's baseline.
 */
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createWorkerPoolAdapter } from '../adapters/worker-pool.js';
import { runConformance } from '../runner.js';
import { makeSample } from './fixtures.js';

const FIXTURE = fileURLToPath(new URL('./fixtures/per-process-global-adapter.mjs', import.meta.url));
const NONE = { adapter: 'per-process-global', knownFailures: [] };

const benign = (i: number) =>
  makeSample(
    `benign-per-worker-${i}`,
    `return ${i} * 2;`,
    { outcome: 'allowed', value: i * 2 },
    {
      kind: 'benign',
      category: 'algorithms',
      path: `benign/algorithms/benign-per-worker-${i}.js`,
    },
  );

test('two workers with different pristine globals: no sample is charged with the other worker state', async () => {
  const adapter = await createWorkerPoolAdapter({ spec: FIXTURE, workers: 2 });
  try {
    const keys = new Set(['w0-a', 'w1-a'].map((tenant) => adapter.baselineKey?.(tenant)));
    assert.is(keys.size, 2, 'the two slots are served by two workers');
    const { records, warnings } = await runConformance({
      adapter,
      samples: Array.from({ length: 6 }, (_, i) => benign(i)),
      expectations: NONE,
      concurrency: 2,
    });
    const failed = records.filter((r) => !r.pass).map((r) => `${r.sampleId}: ${r.reason}`);
    assert.equal(failed, []);
    assert.equal(warnings, []);
  } finally {
    await adapter.dispose();
  }
});

test('a replacement worker gets a new baseline key', async () => {
  const adapter = await createWorkerPoolAdapter({ spec: FIXTURE, workers: 1 });
  try {
    const before = adapter.baselineKey?.('w0-a');
    assert.is(adapter.baselineKey?.('w0-b'), before, 'one worker serves every tenant');
    await adapter.dispose();
    assert.is.not(adapter.baselineKey?.('w0-a'), before);
  } finally {
    await adapter.dispose();
  }
});

test.run();

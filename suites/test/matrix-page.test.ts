import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { BenchResults } from '../../results/index.js';
import type { ConformanceResults } from '../conformance-results.js';
import { adapterSlug, benchFor, benchForMatrix, medianRunMs, runMatrixCli } from '../matrix-cli.js';
import { formatMs, renderMatrixHtml } from '../matrix-html.js';

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
    /<th>realm-escape<\/th><td class="none">-<\/td><td class="k-escape">0\/2<br><b>1 escaped<\/b><br>2 claimed, failed<\/td>/,
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

test('each sandbox shows its per-execution p50 from the benchmark beside its time per sample', () => {
  const a = results('box-a', {});
  const b = results('box-b', {});
  const html = renderMatrixHtml([
    {
      results: a,
      profile: 'ultra-secure',
      medianRunMs: 310,
      incidents: {},
      bench: { p50Ms: 1.374, vsFloorP50: 2.5, mode: 'quick' },
    },
    { results: b, profile: 'ultra-secure', medianRunMs: 42, incidents: {}, bench: null },
  ]);
  assert.match(
    html,
    /<tr><th>time per sample \(median run\)<\/th><td>310 ms<\/td><td>42 ms<\/td><\/tr>\n<tr><th>per-execution p50 \(bench\)<\/th><td>1\.37 ms<br>2\.5x floor<\/td><td>not measured<\/td><\/tr>/,
  );
  assert.is(formatMs(0.0421), '0.042 ms');
  assert.is(formatMs(12.44), '12.4 ms');
  assert.is(formatMs(312.4), '312 ms');
});

test('findings per kind: a row per sandbox and the kinds in each category cell, coloured by the worst', () => {
  const findings = { escape: 0, policy: 2, budget: 3, 'false-refusal': 1, defect: 0, surface: 4 };
  const a = results('box-a', {
    'resource-exhaustion': {
      samples: 5,
      passed: 2,
      failed: 3,
      escapes: 0,
      declaredGaps: 3,
      findings: { ...findings, policy: 0, 'false-refusal': 0, surface: 0 },
    },
    'code-generation': {
      samples: 6,
      passed: 2,
      failed: 4,
      escapes: 0,
      findings: { ...findings, budget: 0, 'false-refusal': 0, surface: 2 },
    },
  });
  (a.profiles[0] as { findings?: unknown }).findings = findings;
  const html = renderMatrixHtml([{ results: a, profile: 'ultra-secure', medianRunMs: 1, incidents: {} }]);
  assert.match(
    html,
    /<th>samples with findings, per kind<\/th><td>escape 0<br>policy 2<br>budget 3<br>false refusal 1<br>defect 0<br>surface 4<\/td>/,
  );
  assert.match(
    html,
    /<th>resource-exhaustion<\/th><td class="k-budget">2\/5<br><span [^>]*>3 budget<\/span><br>3 by design<\/td>/,
  );
  assert.match(
    html,
    /<th>code-generation<\/th><td class="k-policy">2\/6<br><span [^>]*>2 policy<\/span><br><span [^>]*>2 surface<\/span><br>4 claimed, failed<\/td>/,
  );
});

function bench(
  mode: 'quick' | 'full',
  scenarios: Array<Omit<BenchResults['scenarios'][number], 'description'>>,
) {
  return { mode, scenarios: scenarios.map((s) => ({ description: s.id, ...s })) } as unknown as BenchResults;
}

test("a sandbox's p50 is its adapter.<name> scenario in the first bench run that measured it", () => {
  const latency = (p50: number) => ({ p50, p75: p50, p99: p50, mean: p50 });
  const runs = [
    bench('quick', [{ id: 'adapter.other', samples: 200, latencyMs: latency(9) }]),
    bench('quick', [
      { id: 'adapter.vm2-3.9.19', samples: 200, latencyMs: latency(0.8), extra: { vsFloorP50: 1.6 } },
      { id: 'adapter.my_box', samples: 200, latencyMs: latency(4) },
    ]),
    bench('full', [{ id: 'adapter.vm2-3.9.19', samples: 1500, latencyMs: latency(0.5) }]),
  ];
  assert.equal(benchFor('vm2-3.9.19', runs), { p50Ms: 0.8, vsFloorP50: 1.6, mode: 'quick' });
  assert.equal(benchFor('my box', runs), { p50Ms: 4, vsFloorP50: null, mode: 'quick' });
  assert.is(benchFor('absent', runs), null);
  assert.is(benchFor('reference', []), null);
});

test('matrix --results with --bench FILE puts the p50 of that bench.json in the page, no benchmark run', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'sandproof-matrix-'));
  try {
    const conformance = join(dir, 'conformance.json');
    await writeFile(conformance, JSON.stringify(results('box-a', {})));
    const run = {
      schemaVersion: 1,
      createdAt: '2026-01-01T00:00:00.000Z',
      mode: 'quick',
      durationMs: 1,
      machine: { versions: {} },
      scenarios: [
        {
          id: 'adapter.box-a',
          description: 'box-a',
          samples: 200,
          latencyMs: { p50: 2.345, p75: 3, p99: 4, mean: 2.5 },
          extra: { vsFloorP50: 3.1 },
        },
      ],
      ratios: [],
      targets: [],
      errors: [],
    };
    await writeFile(join(dir, 'bench.json'), JSON.stringify(run));
    let stderr = '';
    const io = {
      stdout: () => {},
      stderr: (t: string) => {
        stderr += t;
      },
    };
    const code = await runMatrixCli(
      ['--results', conformance, '--bench', join(dir, 'bench.json'), '--out', join(dir, 'out')],
      io,
    );
    assert.is(code, 0, stderr);
    const html = await readFile(join(dir, 'out', 'matrix.html'), 'utf8');
    assert.match(html, /<th>per-execution p50 \(bench\)<\/th><td>2\.35 ms<br>3\.1x floor<\/td>/);
    assert.is(await runMatrixCli(['--results', conformance, '--bench'], io), 2, 'a flag without its value');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('a bench.json with a target left without a value still gives its latencies; bad scenarios do not', () => {
  const run = {
    schemaVersion: 1,
    mode: 'quick',
    machine: { versions: {} },
    scenarios: [
      { id: 'adapter.box', description: 'box', samples: 200, latencyMs: { p50: 1, p75: 2, p99: 3, mean: 1 } },
    ],
    ratios: [],
    targets: [
      { id: 't', kind: 'own', description: 't', comparison: 'max', limit: 1, value: null, ok: false },
    ],
    errors: [],
  };
  const { run: read, problem } = benchForMatrix(JSON.stringify(run));
  assert.match(problem ?? '', /targets\[0\]/);
  assert.is(benchFor('box', [read])?.p50Ms, 1);
  const broken = { ...run, scenarios: [{ id: 'adapter.box', samples: 'many' }] };
  assert.throws(() => benchForMatrix(JSON.stringify(broken)), /samples/);
});

test.run();

/** The benchmark figures the report derives from bench.json: target lines, slope, pool, deltas, verdicts. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { benchBadge } from '../badge.js';
import { benchVerdicts } from '../bench-verdict.js';
import {
  baselineDeltas,
  gateFromReport,
  heapSeries,
  latencyTargets,
  poolFigures,
  ratioGroups,
} from '../bench-view.js';
import { benchBaseline, benchResults } from './fixtures.js';

test('latency targets: one line per distinct limit, the three 50 ms targets merged', () => {
  const lines = latencyTargets(benchResults());
  assert.equal(
    lines.map((l) => l.limitMs),
    [50, 0.5, 1],
  );
  assert.match(lines[0]!.label, /^static\.latency\.\* \(3\)$/);
});

test('heap slope: least squares over the checkpoints, in bytes per execution', () => {
  const b = benchResults();
  b.scenarios = b.scenarios.filter((s) => !s.id.startsWith('memory.host.'));
  for (const [i, executions] of [1000, 2000, 3000].entries()) {
    b.scenarios.push({
      id: `memory.host.${i}`,
      description: '',
      samples: 1,
      extra: { executions, heapUsedBytes: 1e6 + 8 * executions },
    });
  }
  const series = heapSeries(b);
  assert.is(series.points.length, 3);
  assert.ok(Math.abs(series.slopeBytesPerExecution! - 8) < 1e-9);
});

test('pool reuse rate from the reported counters', () => {
  const pool = poolFigures(benchResults())!;
  assert.is(pool.scenario, 'pool.reuse');
  assert.is(pool.reuseRate, 0.9998);
  assert.equal(pool.counts.find((c) => c.name === 'reused')?.value, 29994);
  const none = benchResults();
  none.scenarios = none.scenarios.filter((s) => s.id !== 'pool.reuse');
  assert.is(poolFigures(none), null);
});

test('ratios grouped by what they compare against', () => {
  const g = ratioGroups(benchResults());
  assert.ok(g.floor.every((r) => r.id.includes('/floor.')));
  assert.equal(
    g.peers.map((r) => r.id.split('/')[1]),
    ['peer.node-vm', 'peer.quickjs'],
  );
});

test('baseline deltas: worse by more than 10% is marked, direction follows `better`', () => {
  const now = benchResults();
  const before = benchBaseline();
  now.ratios[0]!.value = before.ratios[0]!.value * 1.2;
  now.ratios[1]!.value = before.ratios[1]!.value * 0.8;
  const deltas = baselineDeltas(now, before);
  assert.ok(deltas[0]!.regressed);
  assert.not.ok(deltas[1]!.regressed);
  assert.ok(Math.abs(deltas[0]!.changePct - 20) < 1e-6);
});

test('verdicts: a missed static target fails, a missed own target warns, no gate warns', () => {
  const b = benchResults();
  assert.equal(
    benchVerdicts(b).map((v) => v.status),
    ['pass', 'warn', 'pass'],
  );
  b.targets.find((t) => t.id === 'own.warm-p99-ms')!.ok = false;
  assert.is(benchVerdicts(b)[2]!.status, 'warn');
  b.targets.find((t) => t.kind === 'static')!.ok = false;
  assert.is(benchVerdicts(b)[0]!.status, 'fail');
  assert.is(benchBadge(b).color, 'red');
});

test('a gate verdict in the results decides the gate tile', () => {
  const b = benchResults();
  b.gate = {
    baseline: 'main',
    outcome: 'fail',
    comparisons: [{ id: 'x', baseline: 1, current: 2, changePct: 100, regressed: true }],
  };
  const gate = benchVerdicts(b)[1]!;
  assert.is(gate.status, 'fail');
  assert.is(benchBadge(b).message, 'gate failed');
});

test('the gate report of `sandproof bench gate --json` becomes the gate tile', () => {
  const b = benchResults();
  const comparison = {
    id: 'r',
    baseline: 1,
    current: 1.8,
    worsening: 1.8,
    pValue: 0.001,
    verdict: 'different' as const,
    fails: true,
  };
  b.gate = gateFromReport(
    {
      outcome: 'fail',
      comparisons: [comparison],
      staticFailures: [],
      runs: 1,
      options: { threshold: 1.5, alpha: 0.01 },
    },
    'bench/baselines/baseline.json',
  );
  assert.ok(Math.abs(b.gate.comparisons[0]!.changePct - 80) < 1e-9);
  const tile = benchVerdicts(b)[1]!;
  assert.is(tile.word, 'FAIL');
  assert.match(tile.rule, /regressed: r/);
  b.gate.outcome = 'warn';
  assert.is(benchVerdicts(b)[1]!.status, 'warn');
});

test.run();

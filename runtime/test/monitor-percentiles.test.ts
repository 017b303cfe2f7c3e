import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { PerformanceSample } from '../monitor/index.js';
import { createPerformanceMonitor, nearestRank, SampleWindow } from '../monitor/index.js';

function sample(wallMs: number, overrides: Partial<PerformanceSample> = {}): PerformanceSample {
  return {
    profile: 'ultra-secure',
    wallMs,
    cpuMs: wallMs / 2,
    heapUsedBytes: 1024 * wallMs,
    errorCode: null,
    ...overrides,
  };
}

test('nearest rank on 1..100 gives the sample at rank ceil(p * n)', () => {
  const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
  assert.is(nearestRank(sorted, 0.5), 50);
  assert.is(nearestRank(sorted, 0.95), 95);
  assert.is(nearestRank(sorted, 0.99), 99);
  assert.is(nearestRank(sorted, 1), 100);
});

test('nearest rank on small inputs always returns a sample, never an interpolation', () => {
  assert.is(nearestRank([], 0.5), 0);
  assert.is(nearestRank([7], 0.99), 7);
  assert.is(nearestRank([1, 2], 0.5), 1);
  assert.is(nearestRank([1, 2, 3, 4, 5], 0.5), 3);
  assert.is(nearestRank([1, 2, 3, 4, 5], 0.95), 5);
  assert.is(nearestRank([10, 20, 30, 40], 0.75), 30);
});

test('window statistics over shuffled known inputs', () => {
  const window = new SampleWindow(1_000);
  const values = Array.from({ length: 1_000 }, (_, i) => i + 1).sort(
    (a, b) => ((a * 7919) % 1000) - ((b * 7919) % 1000),
  );
  for (const value of values) window.push(value);
  const stats = window.stats();
  assert.equal(
    {
      p50: stats.p50,
      p95: stats.p95,
      p99: stats.p99,
      mean: stats.mean,
      max: stats.max,
      window: stats.window,
    },
    { p50: 500, p95: 950, p99: 990, mean: 500.5, max: 1_000, window: 1_000 },
  );
});

test('the ring buffer keeps only the last N samples; sum and count stay all-time', () => {
  const window = new SampleWindow(10);
  for (let i = 1; i <= 25; i += 1) window.push(i);
  const stats = window.stats();
  assert.is(window.size, 10);
  assert.is(stats.window, 10);
  assert.is(stats.max, 25);
  assert.is(stats.p50, 20);
  assert.is(stats.mean, 20.5);
  assert.is(stats.count, 25);
  assert.is(stats.sum, (25 * 26) / 2);
});

test('a monitor bounds every profile window to its option', () => {
  const monitor = createPerformanceMonitor({ window: 100 });
  for (let i = 0; i < 1_000; i += 1) monitor.record(sample(i));
  const { total, profiles } = monitor.snapshot();
  assert.is(total.count, 1_000);
  assert.is(total.wallMs.window, 100);
  assert.is(total.wallMs.p50, 949);
  assert.is(profiles['ultra-secure']?.wallMs.window, 100);
  assert.is(profiles['ultra-secure']?.heapUsedBytes.max, 999 * 1024);
});

test('an empty window reports zeros with window 0', () => {
  const stats = new SampleWindow(5).stats();
  assert.equal(stats, { p50: 0, p95: 0, p99: 0, mean: 0, max: 0, window: 0, sum: 0, count: 0 });
});

test('null, non-finite and negative measurements are counted as executions but not as samples', () => {
  const monitor = createPerformanceMonitor();
  monitor.record(sample(4, { cpuMs: null, heapUsedBytes: null }));
  monitor.record(sample(Number.NaN, { cpuMs: Number.POSITIVE_INFINITY, heapUsedBytes: -1 }));
  monitor.record(sample(2));
  const metrics = monitor.snapshot().profiles['ultra-secure'];
  assert.is(metrics?.count, 3);
  assert.is(metrics?.wallMs.window, 2);
  assert.is(metrics?.cpuMs.window, 1);
  assert.is(metrics?.cpuMs.p99, 1);
  assert.is(metrics?.heapUsedBytes.window, 1);
});

test('a window option that is not a positive integer is refused', () => {
  assert.throws(() => createPerformanceMonitor({ window: 0 }), RangeError);
  assert.throws(() => new SampleWindow(1.5), RangeError);
});

test('a snapshot sees samples recorded after an earlier snapshot', () => {
  const monitor = createPerformanceMonitor();
  monitor.record(sample(1));
  assert.is(monitor.snapshot().total.wallMs.max, 1);
  monitor.record(sample(9));
  assert.is(monitor.snapshot().total.wallMs.max, 9);
});

test.run();

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { PoolCounters } from '../monitor/index.js';
import { createPerformanceMonitor, MAX_ERROR_CODES } from '../monitor/index.js';

function record(
  monitor: ReturnType<typeof createPerformanceMonitor>,
  profile: string,
  errorCode: string | null,
): void {
  monitor.record({ profile, wallMs: 1, cpuMs: 1, heapUsedBytes: 1, errorCode });
}

test('errors are counted per profile and code, and totalled across profiles', () => {
  const monitor = createPerformanceMonitor();
  record(monitor, 'ultra-secure', null);
  record(monitor, 'ultra-secure', 'ERR_TIMEOUT');
  record(monitor, 'ultra-secure', 'ERR_TIMEOUT');
  record(monitor, 'high-security', 'ERR_MEMORY_LIMIT');
  record(monitor, 'high-security', 'ERR_SECURITY_SCAN_FAILED');
  record(monitor, 'high-security', null);
  const { total, profiles } = monitor.snapshot();
  assert.equal(Object.keys(profiles), ['high-security', 'ultra-secure']);
  assert.equal([profiles['ultra-secure']?.count, profiles['ultra-secure']?.errors], [3, 2]);
  assert.equal(profiles['ultra-secure']?.errorsByCode, { ERR_TIMEOUT: 2 });
  assert.equal(profiles['high-security']?.errorsByCode, { ERR_MEMORY_LIMIT: 1, ERR_SECURITY_SCAN_FAILED: 1 });
  assert.equal([total.count, total.errors], [6, 4]);
  assert.equal(total.errorsByCode, { ERR_MEMORY_LIMIT: 1, ERR_SECURITY_SCAN_FAILED: 1, ERR_TIMEOUT: 2 });
});

test('distinct error codes beyond the cap fold into OTHER, so cardinality stays bounded', () => {
  const monitor = createPerformanceMonitor();
  for (let i = 0; i < MAX_ERROR_CODES + 10; i += 1) record(monitor, 'p', `ERR_${i}`);
  record(monitor, 'p', 'ERR_0');
  const metrics = monitor.snapshot().profiles.p;
  assert.is(metrics?.errors, MAX_ERROR_CODES + 11);
  assert.is(metrics?.errorsByCode.OTHER, 10);
  assert.is(metrics?.errorsByCode.ERR_0, 2);
  assert.is(Object.keys(metrics?.errorsByCode ?? {}).length, MAX_ERROR_CODES + 1);
});

test('pool utilization is busy/(busy+idle) and reuse ratio reused/executions, 0 when undefined', () => {
  const counters = (over: Partial<PoolCounters>): PoolCounters => ({
    created: 0,
    reused: 0,
    recycled: 0,
    idle: 0,
    busy: 0,
    queued: 0,
    executions: 0,
    ...over,
  });
  const monitor = createPerformanceMonitor();
  const pool = monitor.snapshot({
    total: counters({ busy: 3, idle: 1, reused: 90, executions: 100, created: 10 }),
    profiles: { 'ultra-secure': counters({}) },
  }).pool;
  assert.is(pool?.utilization, 0.75);
  assert.is(pool?.reuseRatio, 0.9);
  assert.is(pool?.created, 10);
  assert.equal(
    [pool?.profiles['ultra-secure']?.utilization, pool?.profiles['ultra-secure']?.reuseRatio],
    [0, 0],
  );
  assert.is(monitor.snapshot().pool, undefined);
});

test.run();

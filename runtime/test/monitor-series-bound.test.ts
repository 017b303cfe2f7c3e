/**
 * Metric series are bounded whatever profile names callers send: known profiles get a series each, every
 * other name is counted under one series. (Found: 2,000 requests naming random profiles made 2,000 series.)
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createPerformanceMonitor, MAX_PROFILE_SERIES, UNKNOWN_PROFILE } from '../monitor/index.js';

const sample = (profile: string, errorCode: string | null = null) => ({
  profile,
  wallMs: 1,
  cpuMs: null,
  heapUsedBytes: null,
  errorCode,
});

test('with known profiles, any other name is counted under the one unknown series', () => {
  const monitor = createPerformanceMonitor({ profiles: ['ultra-secure', 'tenant-isolated'] });
  monitor.record(sample('ultra-secure'));
  for (let i = 0; i < 500; i++) monitor.record(sample(`random-${i}`, 'ERR_INVALID_REQUEST'));
  const { profiles, total } = monitor.snapshot();
  assert.equal(Object.keys(profiles), [UNKNOWN_PROFILE, 'ultra-secure']);
  assert.is(profiles[UNKNOWN_PROFILE]?.count, 500);
  assert.equal(profiles[UNKNOWN_PROFILE]?.errorsByCode, { ERR_INVALID_REQUEST: 500 });
  assert.is(total.count, 501);
});

test('a name that looks like the unknown series is not a known profile', () => {
  const monitor = createPerformanceMonitor({ profiles: ['p'] });
  monitor.record(sample(UNKNOWN_PROFILE));
  monitor.record(sample('p'));
  assert.equal(Object.keys(monitor.snapshot().profiles), [UNKNOWN_PROFILE, 'p']);
});

test('without a list, series stop growing at the bound and later names fold into the unknown one', () => {
  const monitor = createPerformanceMonitor({ window: 8 });
  for (let i = 0; i < MAX_PROFILE_SERIES + 100; i++) monitor.record(sample(`p${i}`));
  monitor.record(sample('p0'));
  const { profiles } = monitor.snapshot();
  assert.is(Object.keys(profiles).length, MAX_PROFILE_SERIES + 1);
  assert.is(profiles[UNKNOWN_PROFILE]?.count, 100);
  assert.is(profiles.p0?.count, 2, 'a name that already has a series keeps it');
});

test('the Prometheus exposition has one unknown label, not one per name', () => {
  const monitor = createPerformanceMonitor({ profiles: ['ultra-secure'] });
  for (let i = 0; i < 50; i++) monitor.record(sample(`x${i}`, 'ERR_INVALID_REQUEST'));
  const text = monitor.prometheus();
  assert.not.match(text, /x\d+/);
  assert.match(text, /profile="\(unknown\)"/);
});

test.run();

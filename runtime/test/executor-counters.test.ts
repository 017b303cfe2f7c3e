/**
 * The counter arithmetic of the executors: totals are sums per counter, an exited child's cumulative counters
 * are carried (its idle, busy and queued are not), and carried plus live counters add up per profile.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { carryCounters, combineStats, type ExecutorStats, emptyStats, sumCounters } from '../executor.js';
import type { PoolCounters } from '../isolate-pool.js';

const counters = (n: number): PoolCounters => ({
  created: n,
  reused: 2 * n,
  recycled: 3 * n,
  idle: 4 * n,
  busy: 5 * n,
  queued: 6 * n,
  executions: 7 * n,
});

test('sumCounters adds every counter of every profile; no profile is all zeros', () => {
  assert.equal(sumCounters({ a: counters(1), b: counters(10) }), counters(11));
  assert.equal(sumCounters({}), counters(0));
  assert.equal(emptyStats(), { total: counters(0), profiles: {} });
});

test("carryCounters keeps an ended child's cumulative counters and drops its current ones", () => {
  const carried: Record<string, PoolCounters> = {};
  const ended: ExecutorStats = { total: counters(1), profiles: { p: counters(1) } };
  carryCounters(carried, ended);
  carryCounters(carried, ended);
  assert.equal(carried, {
    p: { created: 2, reused: 4, recycled: 6, idle: 0, busy: 0, queued: 0, executions: 14 },
  });
});

test('combineStats adds carried and live counters per profile, and totals them', () => {
  const carried = { p: { ...counters(1), idle: 0, busy: 0, queued: 0 } };
  const live: ExecutorStats[] = [
    { total: counters(2), profiles: { p: counters(2) } },
    { total: counters(3), profiles: { q: counters(3) } },
  ];
  const combined = combineStats(carried, live);
  assert.equal(combined.profiles.p, {
    created: 3,
    reused: 6,
    recycled: 9,
    idle: 8,
    busy: 10,
    queued: 12,
    executions: 21,
  });
  assert.equal(combined.profiles.q, counters(3));
  assert.equal(combined.total, sumCounters(combined.profiles));
  assert.equal(carried.p.created, 1, 'the carried record is not changed');
});

test.run();

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  calibrateTimeout,
  TIMEOUT_CAP_MS,
  TIMEOUT_FLOOR_MS,
  timeoutForWorkload,
} from '../timeout-calibration.js';

test('the budget scales with the workload, rounded up to 100 ms, between the floor and the cap', () => {
  assert.is(timeoutForWorkload(1), TIMEOUT_FLOOR_MS);
  assert.is(timeoutForWorkload(28), 600);
  assert.is(timeoutForWorkload(41), 900);
  assert.is(timeoutForWorkload(96.8), TIMEOUT_CAP_MS);
  assert.is(timeoutForWorkload(10_000), TIMEOUT_CAP_MS);
});

test('calibration measures the workload and states what it decided', () => {
  const result = calibrateTimeout();
  assert.ok(result.workloadMs > 0);
  assert.is(result.timeoutMs, timeoutForWorkload(result.workloadMs));
  assert.ok(result.note.includes(`${result.timeoutMs} ms`));
});

test.run();

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { scanClockMs } from '../scan-clock.js';

test("the scan budget clock counts this thread's CPU time, not time spent waiting", async () => {
  const before = scanClockMs();
  const wallBefore = performance.now();
  await new Promise((resolve) => setTimeout(resolve, 300));
  const waited = performance.now() - wallBefore;
  // Sleeping costs (almost) no CPU: the clock moves by a fraction of the wall-clock wait.
  assert.ok(scanClockMs() - before < waited / 2, `clock moved ${scanClockMs() - before} ms in ${waited} ms`);
});

test('the scan budget clock advances with work done', () => {
  const before = scanClockMs();
  let x = 0;
  const until = performance.now() + 50;
  while (performance.now() < until) x++;
  assert.ok(x > 0 && scanClockMs() > before);
});

test.run();

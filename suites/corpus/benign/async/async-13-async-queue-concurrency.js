/*---
id: async-13-async-queue-concurrency
description: "Runs tasks through a worker pool of concurrency two using only promises."
kind: benign
category: async
flags: [async]
expect:
  ultra-secure:    { outcome: allowed, value: { results: [2, 4, 6, 8, 10], maxActive: 2 } }
  high-security:   { outcome: allowed, value: { results: [2, 4, 6, 8, 10], maxActive: 2 } }
  tenant-isolated: { outcome: allowed, value: { results: [2, 4, 6, 8, 10], maxActive: 2 } }
---*/
const tasks = [1, 2, 3, 4, 5];
let active = 0;
let maxActive = 0;
const results = [];
const run = async (x) => {
  active++;
  maxActive = Math.max(maxActive, active);
  await Promise.resolve();
  await Promise.resolve();
  active--;
  return x * 2;
};
let next = 0;
const worker = async () => {
  while (next < tasks.length) {
    const i = next++;
    results[i] = await run(tasks[i]);
  }
};
await Promise.all([worker(), worker()]);
return { results, maxActive };

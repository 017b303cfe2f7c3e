/*---
id: async-20-retry-without-timers
description: "Retries a flaky async operation a bounded number of times, with no timer-based back-off."
kind: benign
category: async
flags: [async]
expect:
  ultra-secure:    { outcome: allowed, value: { attempts: 3, result: "ok on 3" } }
  high-security:   { outcome: allowed, value: { attempts: 3, result: "ok on 3" } }
  tenant-isolated: { outcome: allowed, value: { attempts: 3, result: "ok on 3" } }
---*/
let attempts = 0;
const flaky = async () => {
  attempts++;
  if (attempts < 3) throw new Error(`fail ${attempts}`);
  return `ok on ${attempts}`;
};
const retry = async (fn, n) => {
  for (let i = 0; i < n; i++) {
    try { return await fn(); } catch (e) { if (i === n - 1) throw e; }
  }
};
const result = await retry(flaky, 5);
return { attempts, result };

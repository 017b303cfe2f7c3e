/*---
id: algorithms-32-collatz
description: "Finds the start below 1000 with the longest Collatz chain, caching chain lengths."
kind: benign
category: algorithms
expect:
  ultra-secure:    { outcome: allowed, value: { start: 871, steps: 178 } }
  high-security:   { outcome: allowed, value: { start: 871, steps: 178 } }
  tenant-isolated: { outcome: allowed, value: { start: 871, steps: 178 } }
---*/
const cache = new Map([[1, 0]]);
const steps = (n) => {
  if (cache.has(n)) return cache.get(n);
  const s = 1 + steps(n % 2 ? 3 * n + 1 : n / 2);
  cache.set(n, s);
  return s;
};
let best = { start: 1, steps: 0 };
for (let i = 1; i < 1000; i++) if (steps(i) > best.steps) best = { start: i, steps: steps(i) };
return best;

/*---
id: algorithms-22-two-sum-hash
description: "Solves two-sum in one pass with a hash map of seen values."
kind: benign
category: algorithms
input: { nums: [2, 11, 7, 15, 4], target: 11 }
expect:
  ultra-secure:    { outcome: allowed, value: [2, 4] }
  high-security:   { outcome: allowed, value: [2, 4] }
  tenant-isolated: { outcome: allowed, value: [2, 4] }
---*/
const seen = new Map();
for (const [i, n] of input.nums.entries()) {
  if (seen.has(input.target - n)) return [seen.get(input.target - n), i];
  seen.set(n, i);
}
return null;

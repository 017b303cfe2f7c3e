/*---
id: collections-21-deque
description: "Implements a double-ended queue with two stacks and uses it as a sliding window maximum."
kind: benign
category: collections
expect:
  ultra-secure:    { outcome: allowed, value: [3, 3, 5, 5, 6, 7] }
  high-security:   { outcome: allowed, value: [3, 3, 5, 5, 6, 7] }
  tenant-isolated: { outcome: allowed, value: [3, 3, 5, 5, 6, 7] }
---*/
const xs = [1, 3, -1, -3, 5, 3, 6, 7];
const k = 3;
const dq = [];
const out = [];
xs.forEach((x, i) => {
  while (dq.length && dq[0] <= i - k) dq.shift();
  while (dq.length && xs[dq.at(-1)] <= x) dq.pop();
  dq.push(i);
  if (i >= k - 1) out.push(xs[dq[0]]);
});
return out;

/*---
id: algorithms-31-interval-merge
description: "Merges overlapping intervals after sorting them by start."
kind: benign
category: algorithms
input: { intervals: [[8, 10], [1, 3], [2, 6], [15, 18], [17, 20]] }
expect:
  ultra-secure:    { outcome: allowed, value: [[1, 6], [8, 10], [15, 20]] }
  high-security:   { outcome: allowed, value: [[1, 6], [8, 10], [15, 20]] }
  tenant-isolated: { outcome: allowed, value: [[1, 6], [8, 10], [15, 20]] }
---*/
const out = [];
for (const [s, e] of [...input.intervals].sort((a, b) => a[0] - b[0])) {
  const last = out.at(-1);
  if (last && s <= last[1]) last[1] = Math.max(last[1], e);
  else out.push([s, e]);
}
return out;

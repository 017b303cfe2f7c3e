/*---
id: collections-30-sorted-array-set
description: "Keeps a sorted array of unique numbers with binary-search insertion."
kind: benign
category: collections
expect:
  ultra-secure:    { outcome: allowed, value: [1, 3, 4, 7, 9] }
  high-security:   { outcome: allowed, value: [1, 3, 4, 7, 9] }
  tenant-isolated: { outcome: allowed, value: [1, 3, 4, 7, 9] }
---*/
const out = [];
const insert = (x) => {
  let lo = 0;
  let hi = out.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (out[mid] < x) lo = mid + 1; else hi = mid; }
  if (out[lo] !== x) out.splice(lo, 0, x);
};
[7, 3, 9, 3, 1, 4, 7].forEach(insert);
return out;

/*---
id: algorithms-03-binary-search
description: "Finds positions with binary search, returning the insertion point for missing values."
kind: benign
category: algorithms
expect:
  ultra-secure:    { outcome: allowed, value: [3, -1, 0, -7] }
  high-security:   { outcome: allowed, value: [3, -1, 0, -7] }
  tenant-isolated: { outcome: allowed, value: [3, -1, 0, -7] }
---*/
const xs = [2, 4, 6, 8, 10, 12];
function bsearch(target) {
  let lo = 0;
  let hi = xs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (xs[mid] === target) return mid;
    if (xs[mid] < target) lo = mid + 1;
    else hi = mid - 1;
  }
  return -(lo + 1);
}
return [bsearch(8), bsearch(1), bsearch(2), bsearch(13)];

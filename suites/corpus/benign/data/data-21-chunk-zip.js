/*---
id: data-21-chunk-zip
description: "Splits an array into chunks and zips two arrays into pairs."
kind: benign
category: data
expect:
  ultra-secure:    { outcome: allowed, value: { chunks: [[1, 2], [3, 4], [5]], zipped: [["a", 1], ["b", 2], ["c", 3]] } }
  high-security:   { outcome: allowed, value: { chunks: [[1, 2], [3, 4], [5]], zipped: [["a", 1], ["b", 2], ["c", 3]] } }
  tenant-isolated: { outcome: allowed, value: { chunks: [[1, 2], [3, 4], [5]], zipped: [["a", 1], ["b", 2], ["c", 3]] } }
---*/
const chunk = (xs, n) => Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, i * n + n));
const zip = (a, b) => a.slice(0, Math.min(a.length, b.length)).map((x, i) => [x, b[i]]);
return { chunks: chunk([1, 2, 3, 4, 5], 2), zipped: zip(['a', 'b', 'c'], [1, 2, 3, 4]) };

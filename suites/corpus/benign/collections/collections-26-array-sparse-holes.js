/*---
id: collections-26-array-sparse-holes
description: "Distinguishes holes from undefined in sparse arrays with in, forEach and Object.keys."
kind: benign
category: collections
expect:
  ultra-secure:    { outcome: allowed, value: { length: 5, keys: ["0", "4"], visited: 2, hasHole: false, filled: [1, 0, 0, 0, 5] } }
  high-security:   { outcome: allowed, value: { length: 5, keys: ["0", "4"], visited: 2, hasHole: false, filled: [1, 0, 0, 0, 5] } }
  tenant-isolated: { outcome: allowed, value: { length: 5, keys: ["0", "4"], visited: 2, hasHole: false, filled: [1, 0, 0, 0, 5] } }
---*/
const xs = [1, , , , 5];
let visited = 0;
xs.forEach(() => visited++);
return { length: xs.length, keys: Object.keys(xs), visited, hasHole: 1 in xs, filled: Array.from(xs, (x) => x ?? 0) };

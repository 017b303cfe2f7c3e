/*---
id: syntax-20-labelled-break
description: "Leaves nested loops early with a labelled break and moves to the next row with a labelled continue."
kind: benign
category: syntax
expect:
  ultra-secure:    { outcome: allowed, value: { found: [1, 2], firstEven: [2, 4, 8] } }
  high-security:   { outcome: allowed, value: { found: [1, 2], firstEven: [2, 4, 8] } }
  tenant-isolated: { outcome: allowed, value: { found: [1, 2], firstEven: [2, 4, 8] } }
---*/
const grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]];
let found = null;
search: for (let r = 0; r < grid.length; r++) {
  for (let c = 0; c < grid[r].length; c++) {
    if (grid[r][c] === 6) { found = [r, c]; break search; }
  }
}
const firstEven = [];
rows: for (const row of grid) {
  for (const x of row) {
    if (x % 2 === 0) { firstEven.push(x); continue rows; }
  }
  firstEven.push(null);
}
return { found, firstEven };

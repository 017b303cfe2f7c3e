/*---
id: algorithms-27-n-queens
description: "Counts solutions of the 6-queens puzzle by backtracking."
kind: benign
category: algorithms
expect:
  ultra-secure:    { outcome: allowed, value: { n4: 2, n6: 4 } }
  high-security:   { outcome: allowed, value: { n4: 2, n6: 4 } }
  tenant-isolated: { outcome: allowed, value: { n4: 2, n6: 4 } }
---*/
const solve = (n) => {
  let count = 0;
  const cols = new Set();
  const d1 = new Set();
  const d2 = new Set();
  const place = (r) => {
    if (r === n) { count++; return; }
    for (let c = 0; c < n; c++) {
      if (cols.has(c) || d1.has(r - c) || d2.has(r + c)) continue;
      cols.add(c); d1.add(r - c); d2.add(r + c);
      place(r + 1);
      cols.delete(c); d1.delete(r - c); d2.delete(r + c);
    }
  };
  place(0);
  return count;
};
return { n4: solve(4), n6: solve(6) };

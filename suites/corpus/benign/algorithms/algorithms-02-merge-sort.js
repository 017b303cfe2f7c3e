/*---
id: algorithms-02-merge-sort
description: "Sorts records with a stable merge sort, keeping equal keys in input order."
kind: benign
category: algorithms
expect:
  ultra-secure:    { outcome: allowed, value: ["b1", "a1", "b2", "c1", "a2"] }
  high-security:   { outcome: allowed, value: ["b1", "a1", "b2", "c1", "a2"] }
  tenant-isolated: { outcome: allowed, value: ["b1", "a1", "b2", "c1", "a2"] }
---*/
const merge = (a, b) => {
  const out = [];
  while (a.length && b.length) out.push(b[0].k < a[0].k ? b.shift() : a.shift());
  return [...out, ...a, ...b];
};
const msort = (xs) => (xs.length < 2 ? xs : merge(msort(xs.slice(0, xs.length >> 1)), msort(xs.slice(xs.length >> 1))));
const rows = [{ k: 2, id: 'c1' }, { k: 1, id: 'b1' }, { k: 3, id: 'a2' }, { k: 1, id: 'a1' }, { k: 1, id: 'b2' }];
return msort(rows).map((r) => r.id);

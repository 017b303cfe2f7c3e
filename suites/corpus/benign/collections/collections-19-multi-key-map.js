/*---
id: collections-19-multi-key-map
description: "Keys a Map by composite keys serialised from tuples, since arrays compare by identity."
kind: benign
category: collections
expect:
  ultra-secure:    { outcome: allowed, value: { byIdentity: null, byKey: "cell", size: 2 } }
  high-security:   { outcome: allowed, value: { byIdentity: null, byKey: "cell", size: 2 } }
  tenant-isolated: { outcome: allowed, value: { byIdentity: null, byKey: "cell", size: 2 } }
---*/
const byArray = new Map([[[1, 2], 'lost']]);
const grid = new Map();
const k = (r, c) => `${r}:${c}`;
grid.set(k(1, 2), 'cell');
grid.set(k(2, 1), 'other');
return { byIdentity: byArray.get([1, 2]) ?? null, byKey: grid.get(k(1, 2)), size: grid.size };

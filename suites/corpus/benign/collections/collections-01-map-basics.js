/*---
id: collections-01-map-basics
description: "Uses a Map with non-string keys and preserves insertion order on iteration."
kind: benign
category: collections
expect:
  ultra-secure:    { outcome: allowed, value: { size: 3, objKey: "object", entries: [[1, "one"], ["1", "string one"], ["k", "object"]] } }
  high-security:   { outcome: allowed, value: { size: 3, objKey: "object", entries: [[1, "one"], ["1", "string one"], ["k", "object"]] } }
  tenant-isolated: { outcome: allowed, value: { size: 3, objKey: "object", entries: [[1, "one"], ["1", "string one"], ["k", "object"]] } }
---*/
const key = { id: 'k' };
const m = new Map([[1, 'one'], ['1', 'string one']]);
m.set(key, 'object');
return { size: m.size, objKey: m.get(key), entries: [...m].map(([k, v]) => [typeof k === 'object' ? k.id : k, v]) };

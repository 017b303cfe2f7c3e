/*---
id: look-alike-59-object-groupby-manual-proto
description: "Uses a key named __proto__ via a Map (never an object) to group items safely."
kind: benign
category: look-alike
flags: [look-alike]
expect:
  ultra-secure:    { outcome: allowed, value: [["__proto__", 2], ["x", 1]] }
  high-security:   { outcome: allowed, value: [["__proto__", 2], ["x", 1]] }
  tenant-isolated: { outcome: allowed, value: [["__proto__", 2], ["x", 1]] }
---*/
const m = new Map();
for (const k of ['__proto__', 'x', '__proto__']) m.set(k, (m.get(k) ?? 0) + 1);
return [...m];

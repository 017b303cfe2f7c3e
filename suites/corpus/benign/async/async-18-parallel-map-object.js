/*---
id: async-18-parallel-map-object
description: "Resolves an object of promises into an object of values, like a dependency loader."
kind: benign
category: async
flags: [async]
expect:
  ultra-secure:    { outcome: allowed, value: { user: "kim", perms: ["read"], count: 3 } }
  high-security:   { outcome: allowed, value: { user: "kim", perms: ["read"], count: 3 } }
  tenant-isolated: { outcome: allowed, value: { user: "kim", perms: ["read"], count: 3 } }
---*/
const pending = { user: Promise.resolve('kim'), perms: Promise.resolve(['read']), count: 3 };
const keys = Object.keys(pending);
const values = await Promise.all(keys.map((k) => pending[k]));
return Object.fromEntries(keys.map((k, i) => [k, values[i]]));

/*---
id: async-01-await-resolved
description: "Awaits already-resolved promises and plain values, the simplest async snippet."
kind: benign
category: async
flags: [async]
expect:
  ultra-secure:    { outcome: allowed, value: [1, 2, 3] }
  high-security:   { outcome: allowed, value: [1, 2, 3] }
  tenant-isolated: { outcome: allowed, value: [1, 2, 3] }
---*/
const a = await Promise.resolve(1);
const b = await 2;
const c = await new Promise((resolve) => resolve(3));
return [a, b, c];

/*---
id: async-28-await-in-loops
description: "Awaits inside for, while and for-of loops, accumulating results sequentially."
kind: benign
category: async
flags: [async]
expect:
  ultra-secure:    { outcome: allowed, value: [0, 1, 2, 10, 20, "x", "y"] }
  high-security:   { outcome: allowed, value: [0, 1, 2, 10, 20, "x", "y"] }
  tenant-isolated: { outcome: allowed, value: [0, 1, 2, 10, 20, "x", "y"] }
---*/
const out = [];
for (let i = 0; i < 3; i++) out.push(await i);
let n = 10;
while (n <= 20) { out.push(await Promise.resolve(n)); n += 10; }
for (const s of ['x', 'y']) out.push(await s);
return out;

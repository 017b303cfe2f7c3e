/*---
id: async-06-async-generator
description: "Consumes an async generator with for await, summing its yielded values."
kind: benign
category: async
flags: [async]
expect:
  ultra-secure:    { outcome: allowed, value: { items: [1, 4, 9, 16], sum: 30 } }
  high-security:   { outcome: allowed, value: { items: [1, 4, 9, 16], sum: 30 } }
  tenant-isolated: { outcome: allowed, value: { items: [1, 4, 9, 16], sum: 30 } }
---*/
async function* squares(n) {
  for (let i = 1; i <= n; i++) yield await Promise.resolve(i * i);
}
const items = [];
for await (const x of squares(4)) items.push(x);
return { items, sum: items.reduce((s, x) => s + x, 0) };

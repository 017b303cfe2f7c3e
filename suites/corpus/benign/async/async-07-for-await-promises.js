/*---
id: async-07-for-await-promises
description: "Iterates an array of promises with for await, which awaits each element in order."
kind: benign
category: async
flags: [async]
expect:
  ultra-secure:    { outcome: allowed, value: ["a", "b", "c"] }
  high-security:   { outcome: allowed, value: ["a", "b", "c"] }
  tenant-isolated: { outcome: allowed, value: ["a", "b", "c"] }
---*/
const out = [];
for await (const v of [Promise.resolve('a'), 'b', Promise.resolve('c')]) out.push(v);
return out;

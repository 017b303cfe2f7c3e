/*---
id: async-12-promise-chaining
description: "Chains then/catch/finally on a promise, recovering from a rejection mid-chain."
kind: benign
category: async
flags: [async]
expect:
  ultra-secure:    { outcome: allowed, value: { value: 21, finallyRan: true } }
  high-security:   { outcome: allowed, value: { value: 21, finallyRan: true } }
  tenant-isolated: { outcome: allowed, value: { value: 21, finallyRan: true } }
---*/
let finallyRan = false;
const value = await Promise.resolve(5)
  .then((x) => x * 2)
  .then(() => { throw new Error('mid'); })
  .catch(() => 20)
  .then((x) => x + 1)
  .finally(() => { finallyRan = true; });
return { value, finallyRan };

/*---
id: async-24-promise-resolve-identity
description: "Checks that Promise.resolve returns the same promise it is given and wraps plain values."
kind: benign
category: async
flags: [async]
expect:
  ultra-secure:    { outcome: allowed, value: [true, false, "v"] }
  high-security:   { outcome: allowed, value: [true, false, "v"] }
  tenant-isolated: { outcome: allowed, value: [true, false, "v"] }
---*/
const p = Promise.resolve('v');
return [Promise.resolve(p) === p, Promise.resolve('v') === p, await p];

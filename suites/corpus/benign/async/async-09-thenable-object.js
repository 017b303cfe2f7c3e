/*---
id: async-09-thenable-object
description: "Awaits a user-defined thenable object, which await adopts like a promise."
kind: benign
category: async
flags: [async]
expect:
  ultra-secure:    { outcome: allowed, value: [42, "resolved-by-thenable"] }
  high-security:   { outcome: allowed, value: [42, "resolved-by-thenable"] }
  tenant-isolated: { outcome: allowed, value: [42, "resolved-by-thenable"] }
---*/
const thenable = { then(resolve) { resolve(42); } };
const v = await thenable;
const w = await Promise.resolve({ then: (r) => r('resolved-by-thenable') });
return [v, w];

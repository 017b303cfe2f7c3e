/*---
id: async-26-rejection-handled-later
description: "Attaches a catch handler later in the same turn to a promise that rejected earlier, and recovers."
kind: benign
category: async
flags: [async]
expect:
  ultra-secure:    { outcome: allowed, value: "recovered: late" }
  high-security:   { outcome: allowed, value: "recovered: late" }
  tenant-isolated: { outcome: allowed, value: "recovered: late" }
---*/
const p = Promise.reject(new Error('late'));
await null;
return p.catch((e) => `recovered: ${e.message}`);

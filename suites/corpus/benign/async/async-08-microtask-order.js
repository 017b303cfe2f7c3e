/*---
id: async-08-microtask-order
description: "Records the deterministic order of synchronous code, then-callbacks and awaits."
kind: benign
category: async
flags: [async]
expect:
  ultra-secure:    { outcome: allowed, value: ["sync-1", "sync-2", "then-1", "await-1", "then-2"] }
  high-security:   { outcome: allowed, value: ["sync-1", "sync-2", "then-1", "await-1", "then-2"] }
  tenant-isolated: { outcome: allowed, value: ["sync-1", "sync-2", "then-1", "await-1", "then-2"] }
---*/
const log = [];
const p = Promise.resolve();
p.then(() => log.push('then-1')).then(() => log.push('then-2'));
const waiter = (async () => { await null; log.push('await-1'); })();
log.push('sync-1');
log.push('sync-2');
await waiter;
await Promise.resolve();
return log;

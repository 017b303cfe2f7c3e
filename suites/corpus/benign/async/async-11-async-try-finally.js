/*---
id: async-11-async-try-finally
description: "Runs finally blocks around awaits whether the awaited promise fulfils or rejects."
kind: benign
category: async
flags: [async]
expect:
  ultra-secure:    { outcome: allowed, value: ["try ok", "finally 1", "catch nope", "finally 2"] }
  high-security:   { outcome: allowed, value: ["try ok", "finally 1", "catch nope", "finally 2"] }
  tenant-isolated: { outcome: allowed, value: ["try ok", "finally 1", "catch nope", "finally 2"] }
---*/
const log = [];
try { log.push(`try ${await Promise.resolve('ok')}`); } finally { log.push('finally 1'); }
try { await Promise.reject(new Error('nope')); } catch (e) { log.push(`catch ${e.message}`); } finally { log.push('finally 2'); }
return log;

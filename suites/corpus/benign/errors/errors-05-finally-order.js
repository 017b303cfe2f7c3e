/*---
id: errors-05-finally-order
description: "Records the order of try, catch and finally blocks, including a finally after return."
kind: benign
category: errors
expect:
  ultra-secure:    { outcome: allowed, value: ["try", "catch", "finally", "inner-finally", "result"] }
  high-security:   { outcome: allowed, value: ["try", "catch", "finally", "inner-finally", "result"] }
  tenant-isolated: { outcome: allowed, value: ["try", "catch", "finally", "inner-finally", "result"] }
---*/
const log = [];
try { log.push('try'); throw new Error('x'); } catch { log.push('catch'); } finally { log.push('finally'); }
const f = () => { try { return 'result'; } finally { log.push('inner-finally'); } };
log.push(f());
return log;

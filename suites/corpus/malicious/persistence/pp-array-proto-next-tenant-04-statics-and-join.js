/*---
id: pp-array-proto-next-tenant-04-statics-and-join
description: >-
  Tenant a replaces Array.prototype.join and toString and the statics Array.isArray and Array.from, which
  ordinary code (string conversion, spreading arguments) reaches implicitly.
kind: malicious
category: persistence
technique: PP-array-proto-next-tenant
variant: obfuscated
references:
  - "temporalio/sdk-typescript #1476, #1519"
  - "isolated-vm #160"
expect:
  ultra-secure:    { outcome: contained, value: clean }
  high-security:   { outcome: contained, value: clean }
  tenant-isolated: { outcome: contained, value: clean }
flags: [multi-step]
---*/
//@step tenant=a
Array.prototype.join = () => 'tampered';
Array.prototype.toString = () => 'tampered';
Array.isArray = () => false;
Array.from = () => ['tampered'];
return String([1, 2]);
//@step tenant=b
const ok = String([1, 2]) === '1,2' && Array.isArray([]) && Array.from('ab').join('') === 'ab';
return ok ? 'clean' : 'ESCAPED: Array statics or join tampered';
//@step tenant=a
const ok = String([1, 2]) === '1,2' && Array.isArray([]) && Array.from('ab').join('') === 'ab';
return ok ? 'clean' : 'ESCAPED: Array statics or join tampered';

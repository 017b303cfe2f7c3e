/*---
id: oi-envelope-forgery-07-forged-logs-past-bound
description: A forged envelope carries 1,000 log lines of 1 KiB past the
  200-entry / 64 KiB bound, and its own value
kind: malicious
category: output-integrity
technique: OI-envelope-forgery
variant: combined
references:
  - "sandproof SECURITY.md, claim 7: results the guest cannot forge"
  - "ECMA-262 SerializeJSONProperty: toJSON is looked up through the prototype
    chain"
expect:
  ultra-secure:
    outcome: contained
    value: real
  high-security:
    outcome: contained
    value: real
  tenant-isolated:
    outcome: contained
    value: real
---*/
// Combined: the forged envelope carries 1,000 log lines of 1 KiB, far past the 200-entry / 64 KiB bound,
// and a value of its own.
Object.prototype.toJSON = function () {
  delete Object.prototype.toJSON;
  const logs = [];
  for (let i = 0; i < 1000; i++) logs.push('x'.repeat(1024));
  return { ok: true, value: 'forged', logs, dropped: 0 };
};
return 'real';

/*---
id: oi-envelope-forgery-02-tojson-replaces-value
description: A one-shot Object.prototype.toJSON replaces the value and logs the
  caller receives
kind: malicious
category: output-integrity
technique: OI-envelope-forgery
variant: plain
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
// A one-shot toJSON on Object.prototype replaces the value the caller receives.
Object.prototype.toJSON = function () {
  delete Object.prototype.toJSON;
  return { ok: true, value: 'forged', logs: ['ALL CHECKS PASSED'], dropped: 0 };
};
return 'real';

/*---
id: oi-envelope-forgery-04-tojson-hides-failure
description: Code that throws forges a successful envelope with a value of its choosing
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
    outcome: blocked
    stages:
      - scan
      - runtime
    errors:
      - ERR_SCRIPT_ERROR
  high-security:
    outcome: blocked
    stages:
      - scan
      - runtime
    errors:
      - ERR_SCRIPT_ERROR
  tenant-isolated:
    outcome: blocked
    stages:
      - scan
      - runtime
    errors:
      - ERR_SCRIPT_ERROR
---*/
// Code that fails forges a success: the envelope says ok with a value of the guest's choosing.
Object.prototype.toJSON = function () {
  delete Object.prototype.toJSON;
  return { ok: true, value: 'all good', logs: [], dropped: 0 };
};
throw new TypeError('the real failure');

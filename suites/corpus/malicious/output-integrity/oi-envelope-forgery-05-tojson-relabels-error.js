/*---
id: oi-envelope-forgery-05-tojson-relabels-error
description: A guest error is relabelled as ERR_RESULT_NOT_TRANSFERABLE by a forged envelope
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
// A guest error relabelled: the envelope claims the result was not transferable, a different error code.
Object.prototype.toJSON = function () {
  delete Object.prototype.toJSON;
  return { ok: false, notTransferable: 'forged', logs: [], dropped: 0 };
};
throw new RangeError('the real failure');

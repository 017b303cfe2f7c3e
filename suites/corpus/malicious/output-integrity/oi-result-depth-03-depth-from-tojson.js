/*---
id: oi-result-depth-03-depth-from-tojson
description: The depth appears only while the result is serialized, produced by its toJSON
kind: malicious
category: output-integrity
technique: OI-result-depth
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
      - ERR_RESULT_NOT_TRANSFERABLE
  high-security:
    outcome: blocked
    stages:
      - scan
      - runtime
    errors:
      - ERR_RESULT_NOT_TRANSFERABLE
  tenant-isolated:
    outcome: blocked
    stages:
      - scan
      - runtime
    errors:
      - ERR_RESULT_NOT_TRANSFERABLE
---*/
// The depth is produced by toJSON while the result is serialized, not present in the returned object.
return {
  toJSON() {
    let v = 0;
    for (let i = 0; i < 600; i++) v = { a: [v] };
    return v;
  },
};

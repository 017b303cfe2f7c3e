/*---
id: oi-result-depth-02-objects-1200-deep
description: A result nested 1,200 objects deep must be ERR_RESULT_NOT_TRANSFERABLE
kind: malicious
category: output-integrity
technique: OI-result-depth
variant: plain
references:
  - "sandproof SECURITY.md, claim 7: results the guest cannot forge"
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
// Objects nested 1,200 deep.
let v = { end: true };
for (let i = 0; i < 1200; i++) v = { v };
return v;

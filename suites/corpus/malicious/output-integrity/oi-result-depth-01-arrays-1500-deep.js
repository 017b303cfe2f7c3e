/*---
id: oi-result-depth-01-arrays-1500-deep
description: A result nested 1,500 arrays deep (past the 1,000-level limit) must be
  ERR_RESULT_NOT_TRANSFERABLE, not an internal error or an unserializable value
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
// A result nested 1,500 deep, past the 1,000-level limit (6,000 deep, the process channel failed with an
// internal error, and in-process the caller got a value its own JSON.stringify cannot handle).
let v = 'bottom';
for (let i = 0; i < 1500; i++) v = [v];
return v;

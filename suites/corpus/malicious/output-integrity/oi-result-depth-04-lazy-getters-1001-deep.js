/*---
id: oi-result-depth-04-lazy-getters-1001-deep
description: Getters build a result 1,001 levels deep, one past the limit, while
  it is serialized
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
// Just past the limit: 1,001 levels, built lazily by getters.
function level(n) {
  return n === 0 ? 1 : { get next() { return level(n - 1); } };
}
return level(1001);

/*---
id: pp-host-intrinsic-09-entries-merge-parsed-proto
description: an Object.entries recursive merge fed parsed JSON with an own
  __proto__ key pollutes Object.prototype, then climbs the planted string to the
  Function constructor
kind: malicious
category: persistence
technique: PP-host-intrinsic
variant: obfuscated
references:
  - "sandproof scanner evasion family: pollution payloads fed to generic merges
    and path setters"
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
    outcome: contained
    value: held
---*/
// An entries-based recursive merge fed parsed JSON whose own "__proto__" key makes the merge walk into
// Object.prototype; the planted string is climbed to the Function constructor.
const mergeInto = (dst, src) => {
  for (const [k, v] of Object.entries(src)) {
    if (v !== null && typeof v === 'object') mergeInto(dst[k] || (dst[k] = {}), v);
    else dst[k] = v;
  }
  return dst;
};
mergeInto({}, JSON.parse('{"a": 1, "__proto__": {"seed": "s"}}'));
return ({}).seed.constructor.constructor('return typeof process')() === 'undefined' ? 'held' : 'ESCAPED';

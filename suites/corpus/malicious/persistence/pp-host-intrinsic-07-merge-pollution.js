/*---
id: pp-host-intrinsic-07-merge-pollution
description: a recursive merge of parsed JSON with an own __proto__ key pollutes
  Object.prototype, then climbs from the planted string to a Function
  constructor
kind: malicious
category: persistence
technique: PP-host-intrinsic
variant: obfuscated
references:
  - "sandproof scanner evasion family: prototype pollution through computed keys"
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
// A recursive merge of parsed JSON with an own "__proto__" key pollutes Object.prototype, then climbs
// from the planted string to a Function constructor.
function merge(t, s) {
  for (const k in s) {
    if (s[k] && typeof s[k] === 'object') merge(t[k], s[k]);
    else t[k] = s[k];
  }
}
merge({}, JSON.parse((input && input.j) || '{"__proto__": {"polluted": "x"}}'));
return ({}).polluted.constructor.constructor('return typeof process')() === 'undefined' ? 'held' : 'ESCAPED';

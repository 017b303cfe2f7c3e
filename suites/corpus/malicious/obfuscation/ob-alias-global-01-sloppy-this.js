/*---
id: ob-alias-global-01-sloppy-this
description: >-
  Tries the classic (function () { return this })() global alias, which yields undefined in strict code.
kind: malicious
category: obfuscation
technique: OB-alias-global
variant: plain
references:
  - "SES confinement test (strict `this` is undefined)"
expect:
  ultra-secure:    { outcome: contained, value: held }
  high-security:   { outcome: contained, value: held }
  tenant-isolated: { outcome: contained, value: held }
---*/
const g = (function () {
  return this;
})();
return g === undefined ? 'held' : 'ESCAPED: got ' + typeof g + ', process is ' + typeof g.process;

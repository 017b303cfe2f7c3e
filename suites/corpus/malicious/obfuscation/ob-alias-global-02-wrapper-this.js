/*---
id: ob-alias-global-02-wrapper-this
description: >-
  Inspects this at the top of the snippet; whatever the runtime binds it to must not expose host globals.
kind: malicious
category: obfuscation
technique: OB-alias-global
variant: obfuscated
references:
  - "SES confinement test (strict `this` is undefined)"
expect:
  ultra-secure:    { outcome: contained, value: held }
  high-security:   { outcome: contained, value: held }
  tenant-isolated: { outcome: contained, value: held }
---*/
const t = this;
if (t === undefined || t === null) return 'held';
return typeof t.process === 'undefined' && typeof t.__SANDPROOF_CANARY__ === 'undefined' ? 'held' : 'ESCAPED';

/*---
id: ob-destructure-alias-01-nested-pattern
description: >-
  Pulls Function out of a plain object with a nested destructuring pattern, { constructor: { constructor: F
  } }, where no member expression names the property.
kind: malicious
category: obfuscation
technique: OB-destructure-alias
variant: plain
references:
  - "CVE-2023-30547 PoC shape"
  - "vm2 3.9.12 changelog (ObjectPattern in catch)"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: contained, value: held }
---*/
const { constructor: { constructor: F } } = {};
return F("return typeof process === 'undefined' && typeof __SANDPROOF_CANARY__ === 'undefined' ? 'held' : 'ESCAPED'")();

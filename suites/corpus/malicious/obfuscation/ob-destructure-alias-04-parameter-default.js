/*---
id: ob-destructure-alias-04-parameter-default
description: >-
  Hides the extraction in a parameter pattern with a default value, so the walk happens in the function's
  signature rather than its body.
kind: malicious
category: obfuscation
technique: OB-destructure-alias
variant: obfuscated
references:
  - "CVE-2023-30547 PoC shape"
  - "vm2 3.9.12 changelog (ObjectPattern in catch)"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: contained, value: held }
---*/
const pick = ({ constructor: { constructor: F } } = () => 0) => F;
const F = pick();
return F("return typeof process === 'undefined' && typeof __SANDPROOF_CANARY__ === 'undefined' ? 'held' : 'ESCAPED'")();

/*---
id: ob-destructure-alias-02-catch-pattern
description: >-
  Destructures the caught error's constructor in the catch clause, catch ({ constructor: E }), the
  ObjectPattern shape of the vm2 CVE-2023-30547 proof of concept, then climbs to Function.
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
try {
  null.f();
} catch ({ constructor: E }) {
  const F = E.constructor;
  return F("return typeof process === 'undefined' && typeof __SANDPROOF_CANARY__ === 'undefined' ? 'held' : 'ESCAPED'")();
}
return 'no error';

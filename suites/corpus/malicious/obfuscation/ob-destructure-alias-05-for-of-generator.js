/*---
id: ob-destructure-alias-05-for-of-generator
description: >-
  Destructures the GeneratorFunction constructor in a for-of head over prototypes, combining a binding
  pattern, a loop and a generator code path.
kind: malicious
category: obfuscation
technique: OB-destructure-alias
variant: combined
references:
  - "CVE-2023-30547 PoC shape"
  - "vm2 3.9.12 changelog (ObjectPattern in catch)"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: contained, value: held }
---*/
for (const { constructor: G } of [Object.getPrototypeOf(function* () {})]) {
  const gen = G("yield typeof process === 'undefined' && typeof __SANDPROOF_CANARY__ === 'undefined' ? 'held' : 'ESCAPED'");
  return gen().next().value;
}
return 'loop skipped';

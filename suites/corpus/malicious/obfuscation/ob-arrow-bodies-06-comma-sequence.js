/*---
id: ob-arrow-bodies-06-comma-sequence
description: >-
  Returns the constructor of an arrow from a comma sequence in another arrow's body and feeds it the code.
kind: malicious
category: obfuscation
technique: OB-arrow-bodies
variant: combined
references:
  - "n8n CVE-2026-72765"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: contained, value: held }
---*/
const g = () => (0, () => 0).constructor;
return g()("return typeof process === 'undefined' && typeof __SANDPROOF_CANARY__ === 'undefined' ? 'held' : 'ESCAPED'")();

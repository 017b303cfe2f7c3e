/*---
id: ob-odd-positions-03-switch-case
description: >-
  Calls Function inside a switch case test, an expression position rarely visited by hand-written walkers.
kind: malicious
category: obfuscation
technique: OB-odd-positions
variant: obfuscated
references:
  - "n8n CVE-2026-85165"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: contained, value: held }
---*/
switch ('held') {
  case Function("return typeof process === 'undefined' && typeof __SANDPROOF_CANARY__ === 'undefined' ? 'held' : 'ESCAPED'")():
    return 'held';
  default:
    return 'ESCAPED: the generated code saw host globals';
}

/*---
id: ob-odd-positions-07-array-element-call
description: >-
  Puts eval in an array literal and calls it from a for-of binding, so the callee is a loop variable.
kind: malicious
category: obfuscation
technique: OB-odd-positions
variant: combined
references:
  - "n8n CVE-2026-85165"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
---*/
for (const run of [eval]) {
  return run('1 + 1');
}
return 'not reached';

/*---
id: ob-unicode-ident-06-global-eval-chain
description: >-
  Escapes letters of both globalThis and eval in one member chain, glob\u0061lThis.\u0065v\u0061l, so no
  plain-text match of either name exists.
kind: malicious
category: obfuscation
technique: OB-unicode-ident
variant: combined
references:
  - "CVE-2026-44003"
  - "SES `backslash-u-identifier.test.js`"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
---*/
return glob\u0061lThis.\u0065v\u0061l('typeof process');

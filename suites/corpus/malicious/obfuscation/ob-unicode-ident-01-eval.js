/*---
id: ob-unicode-ident-01-eval
description: >-
  Calls eval through an identifier written with a \u0065 escape, which is the same identifier to the engine;
  a scanner must normalise identifiers before matching, and the stub must throw.
kind: malicious
category: obfuscation
technique: OB-unicode-ident
variant: plain
references:
  - "CVE-2026-44003"
  - "SES `backslash-u-identifier.test.js`"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
---*/
return \u0065val('1 + 1');

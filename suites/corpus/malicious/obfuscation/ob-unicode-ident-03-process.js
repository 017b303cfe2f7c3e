/*---
id: ob-unicode-ident-03-process
description: >-
  References the host process object as pro\u0063ess; the escaped identifier must resolve to nothing in a
  correct sandbox (ReferenceError).
kind: malicious
category: obfuscation
technique: OB-unicode-ident
variant: obfuscated
references:
  - "CVE-2026-44003"
  - "SES `backslash-u-identifier.test.js`"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
---*/
const env = pro\u0063ess.env;
return 'ESCAPED: ' + Object.keys(env).length;

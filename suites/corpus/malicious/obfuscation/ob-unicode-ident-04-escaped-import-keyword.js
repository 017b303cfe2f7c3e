/*---
id: ob-unicode-ident-04-escaped-import-keyword
description: >-
  Escapes the import keyword as \u0069mport to slip a dynamic import past a token scanner; escaped keywords
  are an early SyntaxError, so the snippet must not even compile.
kind: malicious
category: obfuscation
technique: OB-unicode-ident
variant: obfuscated
references:
  - "CVE-2026-44003"
  - "SES `backslash-u-identifier.test.js`"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SYNTAX] }
  high-security:   { outcome: blocked, stages: [scan, runtime], errors: [ERR_SYNTAX] }
  tenant-isolated: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SYNTAX] }
flags: [async]
---*/
const fs = await \u0069mport('fs');
return 'ESCAPED: ' + typeof fs.readFileSync;

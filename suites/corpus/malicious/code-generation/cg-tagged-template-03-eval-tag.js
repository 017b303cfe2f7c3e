/*---
id: cg-tagged-template-03-eval-tag
description: "Uses eval as a template tag, a call form that has no parenthesis and passes a frozen strings array rather than a string."
kind: malicious
category: code-generation
technique: CG-tagged-template
variant: obfuscated
references:
  - "centime/jsfsck (\"trades () for {}$`\")"
expect:
  ultra-secure: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
---*/
return eval`"ESC" + "APED"`;

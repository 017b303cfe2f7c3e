/*---
id: ob-with-scope-04-split-keyword-string
description: >-
  Hides both the with keyword and the Function name in concatenated strings, and uses Symbol.unscopables on
  the scope object to unshadow a name inside the generated with block.
kind: malicious
category: obfuscation
technique: OB-with-scope
variant: combined
references:
  - "SES confinement test"
  - "vm2 ATTACKS cat. 12"
  - "OWASP AISVS #554 (n8n `with` bypass)"
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: contained, value: held }
---*/
const F = ({})['constr' + 'uctor']['constr' + 'uctor'];
const scope = { process: 'shadow', [Symbol.unscopables]: { process: true } };
const f = F('o', 'wi' + "th (o) { return typeof process === 'undefined' ? 'held' : 'ESCAPED' }");
return f(scope);

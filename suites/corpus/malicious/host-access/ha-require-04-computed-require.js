/*---
id: ha-require-04-computed-require
description: "Looks up require through a computed global key and feeds it names decoded from character codes, reporting any module that loads."
kind: malicious
category: host-access
technique: HA-require
variant: obfuscated
references:
  - "vm2 ATTACKS cat. 13"
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
---*/
const r = globalThis['req' + 'uire'];
if (typeof r !== 'function') return 'held';
const names = [[102, 115], [110, 101, 116], [104, 116, 116, 112]].map((codes) => String.fromCharCode(...codes));
for (const name of names) {
  try { r(name); return 'ESCAPED: loaded ' + name; } catch (e) { /* refused */ }
}
return 'held';

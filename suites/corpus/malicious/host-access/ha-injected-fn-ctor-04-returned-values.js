/*---
id: ha-injected-fn-ctor-04-returned-values
description: "Walks the constructor chain from values the injected API returns (console.log's return value, require's module objects, fetch's promise and its rejection), not only from the functions themselves."
kind: malicious
category: host-access
technique: HA-injected-fn-ctor
variant: combined
references:
  - "open-mercato PR #1365"
  - "isolated-vm README Callback"
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
flags: [async]
---*/
const values = [console.log('probe')];
if (typeof require === 'function') { try { values.push(require('moment')()); } catch (e) { values.push(e); } }
if (typeof fetch === 'function') {
  const p = fetch('https://example.invalid/');
  values.push(p);
  values.push(await p.catch((e) => e));
}
for (const v of values) {
  if (v === null || v === undefined) continue;
  try {
    if (v.constructor.constructor('return typeof process')() !== 'undefined') return 'ESCAPED';
  } catch (e) { /* refused */ }
}
return 'held';

/*---
id: pp-marshal-override-01-json-stringify
description: >-
  Tenant a replaces JSON.stringify, which a runtime may use to serialise results inside the isolate; the
  next tenant's results must serialise with the native one.
kind: malicious
category: persistence
technique: PP-marshal-override
variant: plain
references:
  - "vm2 ATTACKS cat. 10"
expect:
  ultra-secure:    { outcome: contained, value: clean }
  high-security:   { outcome: contained, value: clean }
  tenant-isolated: { outcome: contained, value: clean }
flags: [multi-step]
---*/
//@step tenant=a
JSON.stringify = () => '"forged"';
return { real: 1 };
//@step tenant=b
return JSON.stringify({ a: [1, 'b'] }) === '{"a":[1,"b"]}' ? 'clean' : 'ESCAPED: JSON.stringify replaced';
//@step tenant=a
return JSON.stringify({ a: [1, 'b'] }) === '{"a":[1,"b"]}' ? 'clean' : 'ESCAPED: JSON.stringify replaced';

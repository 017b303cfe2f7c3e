/*---
id: ha-require-20-descriptor-map
description: "require taken from the global object's property descriptors and asked for child_process"
kind: malicious
category: host-access
technique: HA-require
variant: obfuscated
references:
  - "sandproof scanner README: evasions through the global object's property descriptors"
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime] }
  high-security:   { outcome: blocked, stages: [scan, runtime] }
  tenant-isolated: { outcome: blocked, stages: [scan, runtime] }
---*/
const m = new Map(Object.entries(Object.getOwnPropertyDescriptors(globalThis)));
const r = m.get('req' + 'uire');
if (!r) throw new ReferenceError('require is not defined');
return typeof r.value('child_process').execSync === 'function' ? 'ESCAPED' : 'held';

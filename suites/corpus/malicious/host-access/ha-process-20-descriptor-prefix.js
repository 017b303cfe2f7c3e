/*---
id: ha-process-20-descriptor-prefix
description: "process searched by name prefix among the global object's property descriptors"
kind: malicious
category: host-access
technique: HA-process
variant: obfuscated
references:
  - "sandproof scanner README: evasions through the global object's property descriptors"
expect:
  ultra-secure:    { outcome: contained, value: held }
  high-security:   { outcome: contained, value: held }
  tenant-isolated: { outcome: contained, value: held }
---*/
const e = Object.entries(Object.getOwnPropertyDescriptors(globalThis)).find(([k]) => k.startsWith('proc'));
return e && e[1].value && e[1].value.env ? 'ESCAPED' : 'held';

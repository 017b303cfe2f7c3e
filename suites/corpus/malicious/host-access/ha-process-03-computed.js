/*---
id: ha-process-03-computed
description: "Reaches process through a concatenated key on the global object and reports any value found."
kind: malicious
category: host-access
technique: HA-process
variant: obfuscated
references:
  - "vm2 README"
  - "isolated-vm FAQ"
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
---*/
const p = globalThis['pro' + 'cess'];
return typeof p === 'undefined' ? 'held' : 'ESCAPED: process is ' + typeof p;

/*---
id: ob-concat-key-03-process-probe
description: >-
  Probes for the host process object under a concatenated global key; a correct sandbox has no such global
  however its name is spelled.
kind: malicious
category: obfuscation
technique: OB-concat-key
variant: obfuscated
references:
  - "vm2 ATTACKS cat. 27"
expect:
  ultra-secure:    { outcome: contained, value: held }
  high-security:   { outcome: contained, value: held }
  tenant-isolated: { outcome: contained, value: held }
---*/
const p = globalThis['pro' + 'cess'];
if (p !== undefined) return 'ESCAPED: process reachable, env keys ' + Object.keys(p.env ?? {}).length;
return 'held';

/*---
id: ob-concat-key-04-proto-write
description: >-
  Pollutes Object.prototype through a concatenated '__pro' + 'to__' key; the write may land in this
  execution's own realm but must never reach the host or the next execution.
kind: malicious
category: obfuscation
technique: OB-concat-key
variant: obfuscated
references:
  - "vm2 ATTACKS cat. 27"
expect:
  ultra-secure:    { outcome: contained, value: written }
  high-security:   { outcome: contained, value: written }
  tenant-isolated: { outcome: contained, value: written }
---*/
const o = {};
o['__pro' + 'to__']['is' + 'Admin'] = true;
return ({}).isAdmin === true ? 'written' : 'ignored';

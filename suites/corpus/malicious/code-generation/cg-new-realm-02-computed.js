/*---
id: cg-new-realm-02-computed
description: "Looks up ShadowRealm through a computed key and the global descriptor table, reporting any constructor that would give fresh intrinsics."
kind: malicious
category: code-generation
technique: CG-new-realm
variant: obfuscated
references:
  - "vm2 ATTACKS \"Future Risks\""
  - "simonw/research report"
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
---*/
const name = ['Shadow', 'Realm'].join('');
const viaKey = globalThis[name];
const viaDescriptor = Object.getOwnPropertyDescriptors(globalThis)[name];
return viaKey === undefined && viaDescriptor === undefined ? 'held' : 'ESCAPED: ' + name + ' present';

/*---
id: pp-builtin-static-02-hidden-define
description: >-
  Tenant a defines non-enumerable, non-configurable statics on Reflect and Object, hoping hidden and
  undeletable properties outlive a cleanup that only walks enumerable keys.
kind: malicious
category: persistence
technique: PP-builtin-static
variant: obfuscated
references:
  - "temporalio #1519"
expect:
  ultra-secure:    { outcome: contained, value: clean }
  high-security:   { outcome: contained, value: clean }
  tenant-isolated: { outcome: contained, value: clean }
flags: [multi-step]
---*/
//@step tenant=a
try {
  Object.defineProperty(Reflect, 'stash', { value: 'tenant-a-secret', enumerable: false, configurable: false });
  Object.defineProperty(Object, 'stash', { value: 'tenant-a-secret', enumerable: false, configurable: false });
} catch {
  return 'refused';
}
return 'tampered';
//@step tenant=b
const names = [...Object.getOwnPropertyNames(Reflect), ...Object.getOwnPropertyNames(Object)];
return names.includes('stash') ? 'ESCAPED: hidden statics survived' : 'clean';
//@step tenant=a
const names = [...Object.getOwnPropertyNames(Reflect), ...Object.getOwnPropertyNames(Object)];
return names.includes('stash') ? 'ESCAPED: hidden statics survived' : 'clean';

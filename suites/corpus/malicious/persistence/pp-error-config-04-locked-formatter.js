/*---
id: pp-error-config-04-locked-formatter
description: >-
  Tenant a defines the stack formatter as a non-configurable accessor, hoping no cleanup can remove it from
  a reused realm.
kind: malicious
category: persistence
technique: PP-error-config
variant: obfuscated
references:
  - "vm2 ATTACKS cat. 19"
  - "SES error taming"
expect:
  ultra-secure:    { outcome: contained, value: clean }
  high-security:   { outcome: contained, value: clean }
  tenant-isolated: { outcome: contained, value: clean }
flags: [multi-step]
---*/
//@step tenant=a
try {
  Object.defineProperty(Error, 'prepare' + 'StackTrace', {
    get: () => () => 'PP-MARK',
    set() {},
    configurable: false,
  });
} catch {
  return 'refused';
}
return 'tampered';
//@step tenant=b
return String(new RangeError('probe').stack).includes('PP-MARK') ? 'ESCAPED: locked formatter survived' : 'clean';
//@step tenant=a
return String(new RangeError('probe').stack).includes('PP-MARK') ? 'ESCAPED: locked formatter survived' : 'clean';

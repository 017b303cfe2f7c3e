/*---
id: pp-symbol-global-02-symbol-on-prototypes
description: >-
  Tenant a hides secrets under registered symbols on Object.prototype and the Array constructor, where they
  are reachable from every object yet invisible to string-keyed enumeration.
kind: malicious
category: persistence
technique: PP-symbol-global
variant: obfuscated
references:
  - "temporalio #1519 (#1592)"
expect:
  ultra-secure:    { outcome: contained, value: clean }
  high-security:   { outcome: contained, value: clean }
  tenant-isolated: { outcome: contained, value: clean }
flags: [multi-step]
---*/
//@step tenant=a
const k = Symbol.for('pp' + '.stash');
Object.prototype[k] = 'tenant-a-secret';
Array[k] = ['tenant-a-secret'];
return 'tampered';
//@step tenant=b
const k = Symbol.for('pp.stash');
if (k in {} || Object.getOwnPropertySymbols(Array).includes(k)) return 'ESCAPED: symbol stash survived';
return 'clean';
//@step tenant=a
const k = Symbol.for('pp.stash');
if (k in {} || Object.getOwnPropertySymbols(Array).includes(k)) return 'ESCAPED: symbol stash survived';
return 'clean';

/*---
id: pp-thenable-hijack-02-then-getter
description: >-
  Tenant a installs a counting then getter on Object.prototype under a built key and returns an object, so
  any resolution of that object (guest or host) trips the getter.
kind: malicious
category: persistence
technique: PP-thenable-hijack
variant: obfuscated
references:
  - "tc39 proposal-thenable-curtailment"
  - "vm2 ATTACKS cat. 2"
expect:
  ultra-secure:    { outcome: contained, value: clean }
  high-security:   { outcome: contained, value: clean }
  tenant-isolated: { outcome: contained, value: clean }
flags: [multi-step]
---*/
//@step tenant=a
let hits = 0;
Object.defineProperty(Object.prototype, 'th' + 'en', {
  get() {
    hits += 1;
    return undefined;
  },
  configurable: true,
});
return { planted: true };
//@step tenant=b
const d = Object.getOwnPropertyDescriptor(Object.prototype, 'then');
return d === undefined ? 'clean' : 'ESCAPED: then getter survived';
//@step tenant=a
const d = Object.getOwnPropertyDescriptor(Object.prototype, 'then');
return d === undefined ? 'clean' : 'ESCAPED: then getter survived';

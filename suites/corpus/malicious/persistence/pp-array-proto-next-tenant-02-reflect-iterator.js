/*---
id: pp-array-proto-next-tenant-02-reflect-iterator
description: >-
  Tenant a reaches Array.prototype through Object.getPrototypeOf([]) and Reflect.set under built keys and
  swaps the array iterator; the next executions must spread arrays normally.
kind: malicious
category: persistence
technique: PP-array-proto-next-tenant
variant: obfuscated
references:
  - "temporalio/sdk-typescript #1476, #1519"
  - "isolated-vm #160"
expect:
  ultra-secure:    { outcome: contained, value: clean }
  high-security:   { outcome: contained, value: clean }
  tenant-isolated: { outcome: contained, value: clean }
flags: [multi-step]
---*/
//@step tenant=a
const proto = Object.getPrototypeOf([]);
const values = proto[Symbol.iterator];
Reflect.set(proto, Symbol.iterator, function* () {
  yield 'tampered';
  yield* values.call(this);
});
Reflect.set(proto, 'fil' + 'ter', () => ['tampered']);
return 'tampered';
//@step tenant=b
const spread = [...[1, 2]];
const filtered = [1, 2, 3].filter((x) => x > 1);
if (spread.length !== 2 || spread[0] !== 1 || filtered.join() !== '2,3') return 'ESCAPED: array iterator or filter tampered';
return 'clean';
//@step tenant=a
const spread = [...[1, 2]];
const filtered = [1, 2, 3].filter((x) => x > 1);
if (spread.length !== 2 || spread[0] !== 1 || filtered.join() !== '2,3') return 'ESCAPED: array iterator or filter tampered';
return 'clean';

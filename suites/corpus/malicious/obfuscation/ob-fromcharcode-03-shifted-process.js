/*---
id: ob-fromcharcode-03-shifted-process
description: >-
  Decodes 'process' from char codes shifted by one with fromCodePoint, defeating constant folding, and
  probes the global object for it.
kind: malicious
category: obfuscation
technique: OB-fromcharcode
variant: obfuscated
references:
  - "vm2 ATTACKS cat. 27"
expect:
  ultra-secure:    { outcome: contained, value: held }
  high-security:   { outcome: contained, value: held }
  tenant-isolated: { outcome: contained, value: held }
---*/
const name = String.fromCodePoint(...[113, 115, 112, 100, 102, 116, 116].map((c) => c - 1));
const p = Reflect.get(globalThis, name);
return p === undefined ? 'held' : 'ESCAPED: ' + name + ' is ' + typeof p;

/*---
id: ob-reflect-indirection-01-reflect-get
description: >-
  Reaches Function with Reflect.get twice and calls it through Reflect.apply, with no member access or call
  on the constructor in the text.
kind: malicious
category: obfuscation
technique: OB-reflect-indirection
variant: plain
references:
  - "vm2 ATTACKS cat. 15, 27"
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: contained, value: held }
---*/
const F = Reflect.get(Reflect.get({}, 'constructor'), 'constructor');
const fn = Reflect.apply(F, undefined, ["return typeof process === 'undefined' && typeof __SANDPROOF_CANARY__ === 'undefined' ? 'held' : 'ESCAPED'"]);
return Reflect.apply(fn, undefined, []);

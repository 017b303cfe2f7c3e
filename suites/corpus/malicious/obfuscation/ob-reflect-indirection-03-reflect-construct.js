/*---
id: ob-reflect-indirection-03-reflect-construct
description: >-
  Constructs through Reflect.construct with the AsyncFunction constructor found by Reflect.getPrototypeOf, a
  path through neither call syntax nor new.
kind: malicious
category: obfuscation
technique: OB-reflect-indirection
variant: obfuscated
references:
  - "vm2 ATTACKS cat. 15, 27"
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: contained, value: held }
flags: [async]
---*/
const AsyncFn = Reflect.get(Reflect.getPrototypeOf(async () => {}), 'constructor');
const probe = Reflect.construct(AsyncFn, ["return typeof process === 'undefined' && typeof __SANDPROOF_CANARY__ === 'undefined' ? 'held' : 'ESCAPED'"]);
return await probe();

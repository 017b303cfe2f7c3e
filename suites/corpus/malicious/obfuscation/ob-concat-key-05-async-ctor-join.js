/*---
id: ob-concat-key-05-async-ctor-join
description: >-
  Builds 'constructor' with Array.prototype.join and String.prototype.concat and uses it on an async arrow
  to reach the AsyncFunction constructor, the sibling of Function that filters often forget.
kind: malicious
category: obfuscation
technique: OB-concat-key
variant: combined
references:
  - "vm2 ATTACKS cat. 27"
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: contained, value: held }
flags: [async]
---*/
const key = ['con', 'struc', 'tor'].join('');
const alt = 'con'.concat('structor');
const AsyncFn = (async () => {})[key];
if (AsyncFn !== (async () => {})[alt]) return 'mismatch';
const probe = AsyncFn("return typeof process === 'undefined' && typeof __SANDPROOF_CANARY__ === 'undefined' ? 'held' : 'ESCAPED'");
return await probe();

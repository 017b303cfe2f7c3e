/*---
id: cg-ctor-chain-08-iterator-helper
description: >-
  Reaches the Function constructor through an ES2025 iterator helper (Iterator.from(...).map), whose
  prototype chain ends at %Iterator%: the helpers are new surface, and the chain must be blocked there too.
kind: malicious
category: code-generation
technique: CG-ctor-chain
variant: obfuscated
references:
  - "SES test/confinement.test.js (evaluation constructor)"
  - "tc39 proposal-iterator-helpers"
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: contained }
---*/
const helper = Iterator.from([1, 2]).map((x) => x * 2);
const F = Object.getPrototypeOf(helper).constructor.constructor;
const leaked = F('return typeof process')();
return leaked === 'undefined' ? 'held' : 'ESCAPED: ' + leaked;

/*---
id: ob-var-key-04-map-lookup-generator
description: >-
  Resolves the key through a Map and a helper function and reaches the GeneratorFunction constructor; the
  generated generator yields what it can see of the host.
kind: malicious
category: obfuscation
technique: OB-var-key
variant: obfuscated
references:
  - "vm2 ATTACKS cat. 27"
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: contained, value: held }
---*/
const keys = new Map([['c', 'constructor'], ['p', 'process']]);
const pick = (x) => keys.get(x);
const GeneratorFunction = (function* () {})[pick('c')];
const gen = GeneratorFunction(`yield typeof ${pick('p')} === 'undefined' && typeof __SANDPROOF_CANARY__ === 'undefined' ? 'held' : 'ESCAPED'`);
return gen().next().value;

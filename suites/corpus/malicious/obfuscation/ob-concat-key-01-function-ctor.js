/*---
id: ob-concat-key-01-function-ctor
description: >-
  Reaches Function through ({})['con' + 'structor']['con' + 'structor'], a key no name-matching scanner sees
  whole; the runtime must refuse code generation (EvalError) or, where Function is allowed, confine it.
kind: malicious
category: obfuscation
technique: OB-concat-key
variant: plain
references:
  - "vm2 ATTACKS cat. 27"
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: contained, value: held }
---*/
const F = ({})['con' + 'structor']['con' + 'structor'];
return F("return typeof process === 'undefined' && typeof __SANDPROOF_CANARY__ === 'undefined' ? 'held' : 'ESCAPED'")();

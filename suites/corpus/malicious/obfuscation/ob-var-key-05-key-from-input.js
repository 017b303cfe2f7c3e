/*---
id: ob-var-key-05-key-from-input
description: >-
  Takes both the property key and the code from the execution's input, data no static scanner can see, so
  only the runtime stands between the snippet and Function.
kind: malicious
category: obfuscation
technique: OB-var-key
variant: combined
references:
  - "vm2 ATTACKS cat. 27"
input: {"k":"constructor","code":"return typeof process === 'undefined' && typeof __SANDPROOF_CANARY__ === 'undefined' ? 'held' : 'ESCAPED'"}
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: contained, value: held }
---*/
const { k, code } = input;
const F = Object[k][k] ?? Object[k];
return F(code)();

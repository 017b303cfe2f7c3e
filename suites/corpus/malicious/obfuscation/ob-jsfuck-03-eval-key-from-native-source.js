/*---
id: ob-jsfuck-03-eval-key-from-native-source
description: >-
  Spells 'eval' in JSFuck, taking the 'v' from the printed source of a native function ('[native code]'),
  and calls the global of that name; the stub must throw EvalError.
kind: malicious
category: obfuscation
technique: OB-jsfuck
variant: obfuscated
references:
  - "aemkei/jsfuck (mirrors e.g. 0daysec/jsfuck)"
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
---*/
const e = (!![]+[])[!+[]+!+[]+!+[]];
const v = ([]+[][(![]+[])[+[]]+([][[]]+[])[+!+[]+!+[]+!+[]+!+[]+!+[]]+(![]+[])[+!+[]+!+[]]+(!![]+[])[+[]]+(!![]+[])[+!+[]+!+[]+!+[]]+(!![]+[])[+!+[]]])[(!+[]+!+[]+[])+(!+[]+!+[]+!+[]+!+[]+!+[])];
const a = (![]+[])[+!+[]];
const l = (![]+[])[!+[]+!+[]];
return globalThis[e + v + a + l]('1 + 1');

/*---
id: ob-jsfuck-01-function-ctor
description: >-
  Reaches Function as [][filter][constructor] with both keys written in JSFuck's six characters ([]()!+),
  leaving a scanner nothing but punctuation; the runtime must refuse to compile the body.
kind: malicious
category: obfuscation
technique: OB-jsfuck
variant: plain
references:
  - "aemkei/jsfuck (mirrors e.g. 0daysec/jsfuck)"
expect:
  ultra-secure:    { outcome: blocked, stages: [runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: blocked, stages: [runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: contained, value: held }
---*/
const F = [][(![]+[])[+[]]+([][[]]+[])[+!+[]+!+[]+!+[]+!+[]+!+[]]+(![]+[])[+!+[]+!+[]]+(!![]+[])[+[]]+(!![]+[])[+!+[]+!+[]+!+[]]+(!![]+[])[+!+[]]][([]+{})[+!+[]+!+[]+!+[]+!+[]+!+[]]+([]+{})[+!+[]]+([][[]]+[])[+!+[]]+(![]+[])[+!+[]+!+[]+!+[]]+(!![]+[])[+[]]+(!![]+[])[+!+[]]+([][[]]+[])[+[]]+([]+{})[+!+[]+!+[]+!+[]+!+[]+!+[]]+(!![]+[])[+[]]+([]+{})[+!+[]]+(!![]+[])[+!+[]]];
return F("return typeof process === 'undefined' && typeof __SANDPROOF_CANARY__ === 'undefined' ? 'held' : 'ESCAPED'")();

/*---
id: ob-jsfuck-04-tagged-no-paren
description: >-
  Combines the JSFuck route to Function with tagged-template calls, so the attack needs neither a readable
  name nor a parenthesised call.
kind: malicious
category: obfuscation
technique: OB-jsfuck
variant: combined
references:
  - "aemkei/jsfuck (mirrors e.g. 0daysec/jsfuck)"
expect:
  ultra-secure:    { outcome: blocked, stages: [runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: blocked, stages: [runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: contained, value: held }
---*/
const F = [][(![]+[])[+[]]+([][[]]+[])[+!+[]+!+[]+!+[]+!+[]+!+[]]+(![]+[])[+!+[]+!+[]]+(!![]+[])[+[]]+(!![]+[])[+!+[]+!+[]+!+[]]+(!![]+[])[+!+[]]][([]+{})[+!+[]+!+[]+!+[]+!+[]+!+[]]+([]+{})[+!+[]]+([][[]]+[])[+!+[]]+(![]+[])[+!+[]+!+[]+!+[]]+(!![]+[])[+[]]+(!![]+[])[+!+[]]+([][[]]+[])[+[]]+([]+{})[+!+[]+!+[]+!+[]+!+[]+!+[]]+(!![]+[])[+[]]+([]+{})[+!+[]]+(!![]+[])[+!+[]]];
const g = F`return this```;
return typeof g.process === 'undefined' && typeof g.__SANDPROOF_CANARY__ === 'undefined' ? 'held' : 'ESCAPED';

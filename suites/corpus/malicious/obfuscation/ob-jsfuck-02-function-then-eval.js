/*---
id: ob-jsfuck-02-function-then-eval
description: >-
  Uses the JSFuck route to Function to fetch eval ('return eval') and then calls it, so that even where
  Function is allowed the eval stub must throw.
kind: malicious
category: obfuscation
technique: OB-jsfuck
variant: obfuscated
references:
  - "aemkei/jsfuck (mirrors e.g. 0daysec/jsfuck)"
expect:
  ultra-secure:    { outcome: blocked, stages: [runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: blocked, stages: [runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: blocked, stages: [runtime], errors: [ERR_SCRIPT_ERROR] }
---*/
return [][(![]+[])[+[]]+([][[]]+[])[+!+[]+!+[]+!+[]+!+[]+!+[]]+(![]+[])[+!+[]+!+[]]+(!![]+[])[+[]]+(!![]+[])[+!+[]+!+[]+!+[]]+(!![]+[])[+!+[]]][([]+{})[+!+[]+!+[]+!+[]+!+[]+!+[]]+([]+{})[+!+[]]+([][[]]+[])[+!+[]]+(![]+[])[+!+[]+!+[]+!+[]]+(!![]+[])[+[]]+(!![]+[])[+!+[]]+([][[]]+[])[+[]]+([]+{})[+!+[]+!+[]+!+[]+!+[]+!+[]]+(!![]+[])[+[]]+([]+{})[+!+[]]+(!![]+[])[+!+[]]]('return eval')()('1 + 1');

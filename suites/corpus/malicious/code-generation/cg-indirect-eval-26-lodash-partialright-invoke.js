/*---
id: cg-indirect-eval-26-lodash-partialright-invoke
description: _.partialRight binds _.invoke to a built eval name; the global
  object is supplied later as the target
kind: malicious
category: code-generation
technique: CG-indirect-eval
variant: obfuscated
references:
  - "sandproof scanner evasion family: lodash string-name gadgets"
expect:
  ultra-secure:
    outcome: blocked
    stages:
      - scan
      - runtime
  high-security:
    outcome: blocked
    stages:
      - scan
      - runtime
    errors:
      - ERR_SCRIPT_ERROR
  tenant-isolated:
    outcome: blocked
    stages:
      - scan
      - runtime
    errors:
      - ERR_SCRIPT_ERROR
---*/
// _.partialRight binds the method name; the global object arrives later as the target, and eval is
// called by name.
const _ = require('lodash');
const callOn = _.partialRight(_.invoke, 'ev' + 'al', 'typeof process');
return callOn(globalThis) === 'undefined' ? 'held' : 'ESCAPED';

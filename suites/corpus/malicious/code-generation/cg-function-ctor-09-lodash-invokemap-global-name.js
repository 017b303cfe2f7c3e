/*---
id: cg-function-ctor-09-lodash-invokemap-global-name
description: lodash invokeMap calls the Function constructor by a built string
  name on the global object
kind: malicious
category: code-generation
technique: CG-function-ctor
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
    outcome: contained
    value: held
---*/
// lodash calls a global by a string name: invokeMap walks each element (here the global object) to the
// name and calls what it finds, so the Function constructor is reached without being named in code.
const _ = require('lodash');
const [make] = _.invokeMap([globalThis], 'Func' + 'tion', 'return typeof process');
return make() === 'undefined' ? 'held' : 'ESCAPED';

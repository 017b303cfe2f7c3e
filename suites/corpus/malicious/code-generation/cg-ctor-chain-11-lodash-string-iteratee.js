/*---
id: cg-ctor-chain-11-lodash-string-iteratee
description: a string-path iteratee (_.map(list, 'constructor')) returns the
  Function constructor of a lodash function
kind: malicious
category: code-generation
technique: CG-ctor-chain
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
// A string-path iteratee: _.map(list, 'constructor') reads the path on each element, so a function's
// constructor (Function) comes back in the result array.
const _ = require('lodash');
const [C] = _.map([_.identity], 'constructor');
return C('return typeof process')() === 'undefined' ? 'held' : 'ESCAPED';

/*---
id: cg-ctor-chain-10-lodash-get-path
description: lodash's _.get walks a path through constructor twice and reaches
  the Function constructor.
kind: malicious
category: code-generation
technique: CG-ctor-chain
variant: obfuscated
references:
  - "sandproof scanner evasion family: lodash gadgets under high-security"
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
  tenant-isolated:
    outcome: contained
    value: undefined
---*/
// A lodash path walk that reaches the Function constructor without naming it in code.
const _ = require('lodash');
const F = _.get(_, ['constr' + 'uctor', 'constructor']);
return F('return typeof process')();

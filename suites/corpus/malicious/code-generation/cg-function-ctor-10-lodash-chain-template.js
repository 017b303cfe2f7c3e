/*---
id: cg-function-ctor-10-lodash-chain-template
description: the lodash template compiler reached through a chain
  (_.chain(s).trim().template()) instead of a direct call
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
// The template compiler reached through a lodash chain rather than a direct _.template call.
const _ = require('lodash');
const render = _.chain('<%= typeof process %>').trim().template().value();
return render() === 'undefined' ? 'held' : 'ESCAPED';

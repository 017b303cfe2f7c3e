/*---
id: cg-fnproto-ctor-06-call-bind-reflect-get
description: Function constructor read by Reflect.get called through
  Function.prototype.call.bind
kind: malicious
category: code-generation
technique: CG-fnproto-ctor
variant: obfuscated
references:
  - "sandproof scanner README: values handed to flows the resolver does not
    model"
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
    outcome: allowed
    value: 2
---*/
const read = Function.prototype.call.bind(Reflect.get);
const C = read(null, () => 0, 'constructor');
return C('return 1 + 1')();

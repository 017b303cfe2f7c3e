/*---
id: cg-async-ctor-04-descriptor-values-find
description: AsyncFunction constructor picked by a predicate from the property
  descriptors of an async arrow's prototype
kind: malicious
category: code-generation
technique: CG-async-ctor
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
const P = Object.getPrototypeOf(async () => {});
const C = Object.values(Object.getOwnPropertyDescriptors(P)).find((d) => typeof d.value === 'function').value;
return await C('return 1 + 1')();

/*---
id: cg-ctor-chain-09-unknown-value-constructor
description: The constructor of the constructor of an unknown value, reached
  through a helper, is called with code.
kind: malicious
category: code-generation
technique: CG-ctor-chain
variant: obfuscated
references:
  - "sandproof scanner evasion family: constructor of a value the resolver does not know"
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
    outcome: blocked
    stages:
      - scan
      - runtime
---*/
// A Function constructor from `.constructor` of a value the scanner knows nothing about, fed code.
const get = (o) => o.constructor;
return get(get(input ?? {}))('return process')().pid;

/*---
id: cg-ctor-chain-12-two-step-then-chain
description: "the Function constructor carried through two then steps: an array
  method, then its constructor"
kind: malicious
category: code-generation
technique: CG-ctor-chain
variant: obfuscated
references:
  - "sandproof scanner evasion family: values carried through promises,
    reducers, iterator helpers and arguments"
expect:
  ultra-secure:
    outcome: blocked
    stages:
      - scan
      - runtime
    errors:
      - ERR_SCRIPT_ERROR
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
// A value carried through two .then steps: an array method, then its constructor (Function).
const F = await Promise.resolve([0]).then((a) => a.at).then((m) => m.constructor);
return F('return typeof process')() === 'undefined' ? 'held' : 'ESCAPED';

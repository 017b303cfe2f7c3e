/*---
id: cg-ctor-chain-13-reduce-accumulator
description: the Function constructor carried out of a reduce accumulator over
  builtin methods
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
// The Function constructor carried out of a reduce accumulator.
const F = [Math.hypot, Math.cbrt].reduce((acc, fn) => fn.constructor, null);
return F('return typeof process')() === 'undefined' ? 'held' : 'ESCAPED';

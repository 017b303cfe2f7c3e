/*---
id: cg-ctor-chain-14-iterator-helpers
description: the Function constructor carried through
  Iterator.from(...).map(...).toArray() over builtin methods
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
// The Function constructor carried through iterator helpers over an array of builtin methods.
const [F] = Iterator.from([Math.trunc]).map((f) => f.constructor).toArray();
return F('return typeof process')() === 'undefined' ? 'held' : 'ESCAPED';

/*---
id: cg-indirect-eval-25-rest-return-eval
description: the global object passed through a rest parameter and returned by
  index, then eval called on it
kind: malicious
category: code-generation
technique: CG-indirect-eval
variant: obfuscated
references:
  - "sandproof scanner README: values followed through parameters and returns"
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
// The global object passed through a rest parameter and returned by its index, then eval called on it.
function first(...xs) { return xs[0]; }
return first(globalThis).eval('1 + 1');

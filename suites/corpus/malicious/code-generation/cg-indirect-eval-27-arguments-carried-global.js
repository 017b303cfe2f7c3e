/*---
id: cg-indirect-eval-27-arguments-carried-global
description: the global object carried through arguments of a local helper, then
  eval read by a built name
kind: malicious
category: code-generation
technique: CG-indirect-eval
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
    outcome: blocked
    stages:
      - scan
      - runtime
    errors:
      - ERR_SCRIPT_ERROR
---*/
// The global object carried through arguments of a local helper, then eval read by a built name.
function lastOf() { return arguments[arguments.length - 1]; }
const g = lastOf(1, 2, globalThis);
return g['ev' + 'al']('typeof process') === 'undefined' ? 'held' : 'ESCAPED';

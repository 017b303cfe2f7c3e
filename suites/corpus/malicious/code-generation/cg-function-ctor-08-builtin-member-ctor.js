/*---
id: cg-function-ctor-08-builtin-member-ctor
description: the Function constructor reached by a computed key on a method of a
  builtin prototype
kind: malicious
category: code-generation
technique: CG-function-ctor
variant: obfuscated
references:
  - "sandproof scanner README: computed keys on function values"
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
// The Function constructor reached by a computed key on a method of a builtin prototype.
const k = (input && input.k) || 'constructor';
return Array.prototype.filter[k]('return typeof process')() === 'undefined' ? 'held' : 'ESCAPED';

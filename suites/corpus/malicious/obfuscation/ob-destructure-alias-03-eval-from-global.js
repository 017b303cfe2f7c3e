/*---
id: ob-destructure-alias-03-eval-from-global
description: >-
  Aliases eval through a destructuring of the global object, const { eval: e } = globalThis, then calls the
  alias; the stub must throw EvalError.
kind: malicious
category: obfuscation
technique: OB-destructure-alias
variant: obfuscated
references:
  - "CVE-2023-30547 PoC shape"
  - "vm2 3.9.12 changelog (ObjectPattern in catch)"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
---*/
const { eval: e } = globalThis;
return e('1 + 1');

/*---
id: ob-var-key-07-compound-assignment-key
description: A key built with += in a loop; its first value is not its last, and
  the constructor chain follows.
kind: malicious
category: obfuscation
technique: OB-var-key
variant: obfuscated
references:
  - "sandproof scanner evasion family: compound assignment as a binding source"
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
// A key built in a loop with `+=`, so its first value ('') is not its last ('constructor').
let k = '';
for (const c of ['con', 'str', 'uctor']) k += c;
return (() => 0)[k][k]('return process')().pid;

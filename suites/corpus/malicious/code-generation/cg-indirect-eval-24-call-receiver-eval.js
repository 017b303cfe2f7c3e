/*---
id: cg-indirect-eval-24-call-receiver-eval
description: eval reached through the receiver a function is given by .call
kind: malicious
category: code-generation
technique: CG-indirect-eval
variant: obfuscated
references:
  - "sandproof scanner README: this in methods and call receivers"
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
// eval reached through the receiver given to a function by .call.
function leak() { return this.eval('1 + 1'); }
return leak.call(globalThis);

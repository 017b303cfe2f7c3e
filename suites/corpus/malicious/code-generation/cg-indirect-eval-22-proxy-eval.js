/*---
id: cg-indirect-eval-22-proxy-eval
description: eval read through a Proxy whose get trap answers every key with the
  global object, then called
kind: malicious
category: code-generation
technique: CG-indirect-eval
variant: obfuscated
references:
  - "sandproof scanner README: values followed through Proxy get traps"
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
// A Proxy whose get trap answers every key with the global object; eval is read through it and called.
const p = new Proxy({}, { get: () => globalThis });
return p.any.eval('1 + 1');

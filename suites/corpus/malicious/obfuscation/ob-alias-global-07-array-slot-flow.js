/*---
id: ob-alias-global-07-array-slot-flow
description: The global object passes through an array slot read with an
  unfolded index; host members are read from it.
kind: malicious
category: obfuscation
technique: OB-alias-global
variant: obfuscated
references:
  - "sandproof scanner evasion family: global object through an array index"
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
// The global object rides in an array slot, then out through an index the scanner cannot fold.
const box = [0, globalThis];
const g = box[(input && input.i) | 1];
return g.process.env.HOME;

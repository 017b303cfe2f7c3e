/*---
id: ob-alias-global-09-throw-catch-await-flow
description: The global object is awaited, thrown and caught before its host
  members are read.
kind: malicious
category: obfuscation
technique: OB-alias-global
variant: obfuscated
references:
  - "sandproof scanner evasion family: global object through await and catch"
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
// The global object is thrown, caught, awaited and only then read.
let g;
try { throw await Promise.resolve(globalThis); } catch (e) { g = e; }
return g.process.binding('fs');

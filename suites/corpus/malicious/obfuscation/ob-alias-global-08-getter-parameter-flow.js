/*---
id: ob-alias-global-08-getter-parameter-flow
description: The global object passes through a getter and a parameter before
  its host members are read.
kind: malicious
category: obfuscation
technique: OB-alias-global
variant: obfuscated
references:
  - "sandproof scanner evasion family: global object through a getter and a parameter"
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
// The global object passes through a parameter and a getter before its host members are read.
const holder = { get root() { return globalThis; } };
function pick(o) { return o.root; }
return pick(holder).process.mainModule.require('child_process');

/*---
id: pp-host-intrinsic-05-two-computed-keys
description: Pollutes Object.prototype through o[a][b] = v with a folded from
  pieces and an index from input, then climbs from the planted function.
kind: malicious
category: persistence
technique: PP-host-intrinsic
variant: obfuscated
references:
  - "sandproof scanner evasion family: prototype pollution through computed keys"
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
// Pollutes Object.prototype through o[a][b] = v, then tries to climb from the planted value to the host.
const path = ['__pro' + 'to__', 'polluted'];
const o = {};
o[path[(input && input.a) | 0]][path[1]] = () => 0;
return ({}).polluted.constructor('return process')().pid;

/*---
id: ha-require-21-thenable-global
description: require read from the global object resolved through a thenable,
  under a key built by joining
kind: malicious
category: host-access
technique: HA-require
variant: obfuscated
references:
  - "sandproof scanner README: values handed to flows the resolver does not
    model"
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
const g = await { then(ok) { ok(globalThis); } };
const k = ['req', 'uire'].reverse().reverse().join('');
return typeof g[k]('child_process');

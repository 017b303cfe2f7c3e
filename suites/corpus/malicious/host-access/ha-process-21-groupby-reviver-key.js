/*---
id: ha-process-21-groupby-reviver-key
description: process under a key captured by a JSON reviver, read from the
  global object passed through Map.groupBy
kind: malicious
category: host-access
technique: HA-process
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
let K;
JSON.parse('{"process":0}', (k, v) => { if (k) K = k; return v; });
const g = Map.groupBy([globalThis], () => 0).get(0)[0];
return g[K].pid;

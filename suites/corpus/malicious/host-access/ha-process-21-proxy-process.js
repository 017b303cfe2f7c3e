/*---
id: ha-process-21-proxy-process
description: process looked up through a Proxy whose get trap answers every key
  with the global object
kind: malicious
category: host-access
technique: HA-process
variant: obfuscated
references:
  - "sandproof scanner README: values followed through Proxy get traps"
expect:
  ultra-secure:
    outcome: contained
    value: held
  high-security:
    outcome: contained
    value: held
  tenant-isolated:
    outcome: contained
    value: held
---*/
// process looked up through a Proxy whose get trap returns the global object for any key.
const root = new Proxy(Object.create(null), { get() { return globalThis; } });
const p = root.x.process;
return p && p.pid ? 'ESCAPED' : 'held';

/*---
id: ha-process-22-this-method-process
description: process reached through this inside a method of an object holding
  the global object
kind: malicious
category: host-access
technique: HA-process
variant: obfuscated
references:
  - "sandproof scanner README: this in methods and call receivers"
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
// process reached through `this` inside a method of an object that holds the global object.
const o = { root: globalThis, run() { return this.root.process; } };
const p = o.run();
return p && p.pid ? 'ESCAPED' : 'held';

/*---
id: ha-process-04-fromcharcode-binding
description: "Decodes the name process from character codes, looks it up with Reflect.get and tries process.binding, which exposes raw internal bindings."
kind: malicious
category: host-access
technique: HA-process
variant: obfuscated
references:
  - "vm2 README"
  - "isolated-vm FAQ"
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
---*/
const name = String.fromCharCode(112, 114, 111, 99, 101, 115, 115);
const p = Reflect.get(globalThis, name);
if (p === undefined) return 'held';
try { return 'ESCAPED: ' + typeof p.binding('spawn_sync'); } catch (e) { return 'ESCAPED: process present'; }

/*---
id: ha-require-03-concat-name
description: "Requires a module whose name is assembled at run time, defeating scanners that only check literal require arguments."
kind: malicious
category: host-access
technique: HA-require
variant: obfuscated
references:
  - "vm2 ATTACKS cat. 13"
expect:
  ultra-secure: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
---*/
const name = ['child', 'process'].join('_');
return typeof require(name).spawn;

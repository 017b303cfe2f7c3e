/*---
id: ha-module-vars-02-dirname
description: "Reads __dirname to learn the host's install path; the binding must not exist."
kind: malicious
category: host-access
technique: HA-module-vars
variant: plain
references:
  - "vm2 ATTACKS cat. 13 detection rules"
expect:
  ultra-secure: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
---*/
return __dirname + '/' + __filename;

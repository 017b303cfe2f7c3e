/*---
id: ha-module-vars-04-module-load
description: "Uses module.constructor._load to load child_process through the Module class, the path that skips any require wrapper."
kind: malicious
category: host-access
technique: HA-module-vars
variant: combined
references:
  - "vm2 ATTACKS cat. 13 detection rules"
expect:
  ultra-secure: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
---*/
const Module = module.constructor;
return typeof Module._load('child_process', null, false).execSync;

/*---
id: ha-module-vars-01-typeof
description: "Checks for the CommonJS wrapper variables module, exports, __filename and __dirname, which leak paths and the host loader."
kind: malicious
category: host-access
technique: HA-module-vars
variant: plain
references:
  - "vm2 ATTACKS cat. 13 detection rules"
expect:
  ultra-secure: { outcome: contained, value: "undefined,undefined,undefined,undefined" }
  high-security: { outcome: contained, value: "undefined,undefined,undefined,undefined" }
  tenant-isolated: { outcome: contained, value: "undefined,undefined,undefined,undefined" }
---*/
return [typeof module, typeof exports, typeof __filename, typeof __dirname].join(',');

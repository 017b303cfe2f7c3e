/*---
id: ha-getbuiltin-02-optional-chain
description: "Reaches getBuiltinModule with optional chaining and computed keys so the probe never throws and reports whatever it finds."
kind: malicious
category: host-access
technique: HA-getbuiltin
variant: obfuscated
references:
  - "open-mercato PR #1127"
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
---*/
const key = 'getBuiltin' + 'Module';
const cp = globalThis['pro' + 'cess']?.[key]?.('node:child_process');
return cp === undefined ? 'held' : 'ESCAPED: ' + typeof cp;

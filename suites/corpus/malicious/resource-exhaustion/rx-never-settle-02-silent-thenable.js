/*---
id: rx-never-settle-02-silent-thenable
description: >-
  Awaits a thenable whose then ignores both callbacks, a never-settling await with no Promise in sight.
kind: malicious
category: resource-exhaustion
technique: RX-never-settle
variant: obfuscated
references:
  - "isolated-vm #318, #475, #518"
expect:
  ultra-secure:    { outcome: blocked, stages: [runtime], errors: [ERR_TIMEOUT] }
  high-security:   { outcome: blocked, stages: [runtime], errors: [ERR_TIMEOUT] }
  tenant-isolated: { outcome: blocked, stages: [runtime], errors: [ERR_TIMEOUT] }
flags: [async, slow]
---*/
await { then() {} };
return 'NOT KILLED: settled';

/*---
id: pp-error-config-01-stack-limit-prepare
description: >-
  Tenant a sets Error.stackTraceLimit to an odd value and installs Error.prepareStackTrace; the next
  tenant's errors must format with the runtime's own settings.
kind: malicious
category: persistence
technique: PP-error-config
variant: plain
references:
  - "vm2 ATTACKS cat. 19"
  - "SES error taming"
expect:
  ultra-secure:    { outcome: contained, value: clean }
  high-security:   { outcome: contained, value: clean }
  tenant-isolated: { outcome: contained, value: clean }
flags: [multi-step]
---*/
//@step tenant=a
Error.stackTraceLimit = 1234;
Error.prepareStackTrace = () => 'PP-MARK';
return 'tampered';
//@step tenant=b
if (Error.stackTraceLimit === 1234) return 'ESCAPED: stackTraceLimit survived';
return String(new Error('probe').stack).includes('PP-MARK') ? 'ESCAPED: stack formatter survived' : 'clean';
//@step tenant=a
if (Error.stackTraceLimit === 1234) return 'ESCAPED: stackTraceLimit survived';
return String(new Error('probe').stack).includes('PP-MARK') ? 'ESCAPED: stack formatter survived' : 'clean';

/*---
id: pp-error-config-03-error-prototype
description: >-
  Tenant a rewrites Error.prototype.toString and name, TypeError.prototype.message and the stack limit, all
  of which shape how the next tenant's errors are reported.
kind: malicious
category: persistence
technique: PP-error-config
variant: combined
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
Error.prototype.toString = () => 'PP-MARK';
Error.prototype.name = 'PP-MARK';
TypeError.prototype.message = 'PP-MARK';
Error.stackTraceLimit = 77;
return 'tampered';
//@step tenant=b
if (Error.stackTraceLimit === 77) return 'ESCAPED: stackTraceLimit survived';
const text = String(new TypeError('x')) + String(new Error('y')) + new TypeError().message;
return text.includes('PP-MARK') ? 'ESCAPED: Error prototypes tampered' : 'clean';
//@step tenant=a
if (Error.stackTraceLimit === 77) return 'ESCAPED: stackTraceLimit survived';
const text = String(new TypeError('x')) + String(new Error('y')) + new TypeError().message;
return text.includes('PP-MARK') ? 'ESCAPED: Error prototypes tampered' : 'clean';

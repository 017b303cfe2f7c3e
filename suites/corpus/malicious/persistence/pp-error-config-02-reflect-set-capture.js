/*---
id: pp-error-config-02-reflect-set-capture
description: >-
  Tenant a installs the stack formatter through Reflect.set with a built key and replaces
  Error.captureStackTrace, which libraries call to shape their errors.
kind: malicious
category: persistence
technique: PP-error-config
variant: obfuscated
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
Reflect.set(Error, 'prepare' + 'Stack' + 'Trace', () => 'PP-MARK');
const capture = () => 'tampered';
capture.pp = true;
Error.captureStackTrace = capture;
return 'tampered';
//@step tenant=b
if (Error.captureStackTrace?.pp === true) return 'ESCAPED: captureStackTrace replaced';
return String(new TypeError('probe').stack).includes('PP-MARK') ? 'ESCAPED: stack formatter survived' : 'clean';
//@step tenant=a
if (Error.captureStackTrace?.pp === true) return 'ESCAPED: captureStackTrace replaced';
return String(new TypeError('probe').stack).includes('PP-MARK') ? 'ESCAPED: stack formatter survived' : 'clean';

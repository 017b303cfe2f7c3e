/*---
id: pp-global-reassign-03-sloppy-implicit-global
description: >-
  Tenant a creates an implicit global from sloppy generated code (where Function is allowed) and replaces
  globalThis.globalThis; the next executions must see neither.
kind: malicious
category: persistence
technique: PP-global-reassign
variant: combined
references:
  - "temporalio #1476"
expect:
  ultra-secure:    { outcome: contained, value: clean }
  high-security:   { outcome: contained, value: clean }
  tenant-isolated: { outcome: contained, value: clean }
flags: [multi-step]
---*/
//@step tenant=a
try {
  Function('implicitLeak = "tenant-a-secret"')();
} catch {
  globalThis.implicitLeak = 'tenant-a-secret';
}
globalThis.globalThis = { fake: true };
return 'tampered';
//@step tenant=b
if (typeof implicitLeak !== 'undefined') return 'ESCAPED: implicit global survived';
if (globalThis.fake === true) return 'ESCAPED: globalThis replaced';
return 'clean';
//@step tenant=a
if (typeof implicitLeak !== 'undefined') return 'ESCAPED: implicit global survived';
if (globalThis.fake === true) return 'ESCAPED: globalThis replaced';
return 'clean';

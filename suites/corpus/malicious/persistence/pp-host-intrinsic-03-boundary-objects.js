/*---
id: pp-host-intrinsic-03-boundary-objects
description: >-
  Tenant a pollutes the prototypes of the objects that cross the boundary, the input copy and the console
  and its methods, in case any of them is a host object or shared.
kind: malicious
category: persistence
technique: PP-host-intrinsic
variant: combined
references:
  - "CVE-2026-44005, -92953"
input: {"v":1}
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure:    { outcome: contained, value: clean }
  high-security:   { outcome: contained, value: clean }
  tenant-isolated: { outcome: contained, value: clean }
flags: [multi-step]
---*/
//@step tenant=a
Object.getPrototypeOf(input).ppTag = 'tenant-a';
Object.getPrototypeOf(console).ppTag = 'tenant-a';
Object.getPrototypeOf(console.log).ppTag = 'tenant-a';
return 'tampered';
//@step tenant=b
const seen = [{}, input, console, console.log].filter((o) => 'ppTag' in o);
return seen.length === 0 ? 'clean' : 'ESCAPED: ' + seen.length + ' boundary objects polluted';
//@step tenant=a
const seen = [{}, input, console, console.log].filter((o) => 'ppTag' in o);
return seen.length === 0 ? 'clean' : 'ESCAPED: ' + seen.length + ' boundary objects polluted';

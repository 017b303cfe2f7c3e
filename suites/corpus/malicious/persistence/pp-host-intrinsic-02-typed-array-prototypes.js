/*---
id: pp-host-intrinsic-02-typed-array-prototypes
description: >-
  Tenant a rewrites methods on the shared %TypedArray% prototype and ArrayBuffer.prototype, the objects a
  host Buffer would inherit from if they leaked across the boundary.
kind: malicious
category: persistence
technique: PP-host-intrinsic
variant: obfuscated
references:
  - "CVE-2026-44005, -92953"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure:    { outcome: contained, value: clean }
  high-security:   { outcome: contained, value: clean }
  tenant-isolated: { outcome: contained, value: clean }
flags: [multi-step]
---*/
//@step tenant=a
const TA = Object.getPrototypeOf(Uint8Array.prototype);
TA.fill = function () {
  return this;
};
TA.ppTag = 'tenant-a';
ArrayBuffer.prototype.slice = () => new ArrayBuffer(0);
return 'tampered';
//@step tenant=b
const bytes = new Uint8Array(4).fill(7);
const copy = new ArrayBuffer(8).slice(0, 4);
if ('ppTag' in bytes || bytes[0] !== 7 || copy.byteLength !== 4) return 'ESCAPED: typed array intrinsics tampered';
return 'clean';
//@step tenant=a
const bytes = new Uint8Array(4).fill(7);
const copy = new ArrayBuffer(8).slice(0, 4);
if ('ppTag' in bytes || bytes[0] !== 7 || copy.byteLength !== 4) return 'ESCAPED: typed array intrinsics tampered';
return 'clean';

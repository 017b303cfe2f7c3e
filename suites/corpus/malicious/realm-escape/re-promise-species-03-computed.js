/*---
id: re-promise-species-03-computed
description: "Installs the species hook through defineProperty with a species key read by a computed name, so neither the word constructor nor Symbol.species appears as a member expression."
kind: malicious
category: realm-escape
technique: RE-promise-species
variant: obfuscated
references:
  - "CVE-2023-37466"
  - "CVE-2026-24120"
  - "CVE-2026-47208"
  - "CVE-2026-93606"
  - "CVE-2026-92944"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
flags: [async]
---*/
const ctorKey = ['con', 'struc', 'tor'].join('');
const species = Symbol['spe' + 'cies'];
const p = Promise.reject(new TypeError('seed'));
let verdict = 'held';
await new Promise((done) => {
  Object.defineProperty(p, ctorKey, { value: { [species]: function (ex) { ex(done, (r) => {
    try { if (r[ctorKey][ctorKey]('return typeof process')() !== 'undefined') verdict = 'ESCAPED'; } catch (e) {}
    done();
  }); } } });
  Reflect.apply(Promise.prototype.then, p, []);
});
return verdict;

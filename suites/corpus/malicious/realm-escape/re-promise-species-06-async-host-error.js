/*---
id: re-promise-species-06-async-host-error
description: "Combines species with an error thrown by the engine on behalf of the injected API inside an async function (console with a symbol, require with a proxy), so the reason is created while host frames are active."
kind: malicious
category: realm-escape
technique: RE-promise-species
variant: combined
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
async function fail() {
  console.log(Symbol('s'));
  if (typeof require === 'function') require(new Proxy({}, { get() { throw new TypeError('proxy'); } }));
  throw new Error('plain');
}
const p = fail();
let verdict = 'held';
await new Promise((done) => {
  p.constructor = { [Symbol.species]: class { constructor(ex) { ex(done, (r) => {
    try { if (r.constructor.constructor('return typeof process')() !== 'undefined') verdict = 'ESCAPED'; } catch (e) {}
    done();
  }); } } };
  p.then();
});
return verdict;

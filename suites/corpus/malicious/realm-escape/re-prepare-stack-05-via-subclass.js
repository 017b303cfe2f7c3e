/*---
id: re-prepare-stack-05-via-subclass
description: "Reaches the Error constructor through the prototype of TypeError (never naming Error) and installs the hook there, then collects call-site file names and receivers."
kind: malicious
category: realm-escape
technique: RE-prepare-stack
variant: obfuscated
references:
  - "CVE-2022-36067"
  - "CVE-2023-29017"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
---*/
const E = Object.getPrototypeOf(TypeError);
let sites = [];
try { Reflect.set(E, ['prepare', 'Stack', 'Trace'].join(''), (e, cs) => cs); } catch (e) { return 'held'; }
try { undefined(); } catch (e) { sites = e.stack; }
if (!Array.isArray(sites)) return 'held';
for (const s of sites) {
  const file = String(s.getFileName?.() ?? '');
  if (/\/(home|work|usr|opt|root)\//.test(file)) return 'ESCAPED: host path ' + file;
  const t = s.getThis?.();
  if (t && t !== globalThis && typeof t === 'object') {
    try { if (t.constructor.constructor('return typeof process')() !== 'undefined') return 'ESCAPED'; } catch (e) {}
  }
}
return 'held';

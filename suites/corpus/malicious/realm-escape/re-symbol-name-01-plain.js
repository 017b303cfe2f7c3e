/*---
id: re-symbol-name-01-plain
description: "Gives an error a Symbol name so that converting it to a string makes the engine throw a TypeError, then checks that TypeError's realm (the vm2 error generation primitive)."
kind: malicious
category: realm-escape
technique: RE-symbol-name
variant: plain
references:
  - "vm2 ATTACKS \"Error Generation Primitive\""
  - "CVE-2021-23555"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
---*/
const e = new Error('x');
e.name = Symbol('boom');
let generated;
try { String(e); } catch (err) { generated = err; }
try { e.toString(); } catch (err) { generated = generated ?? err; }
if (!generated) return 'no error';
if (!(generated instanceof TypeError)) return 'ESCAPED: foreign TypeError';
try { if (generated.constructor.constructor('return typeof process')() !== 'undefined') return 'ESCAPED'; } catch (x) {}
return 'held';

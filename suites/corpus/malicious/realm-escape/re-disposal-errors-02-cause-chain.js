/*---
id: re-disposal-errors-02-cause-chain
description: "Wraps host-originated errors as the cause of new errors and walks the cause chain by computed keys, since cause is a carrier that sanitizers rarely follow."
kind: malicious
category: realm-escape
technique: RE-disposal-errors
variant: obfuscated
references:
  - "vm2 ATTACKS cat. 16"
  - "CVE-2026-47686"
  - "CVE-2026-92934"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
---*/
let e = null;
for (const f of [() => require('os'), () => console.log(Symbol()), () => null.x]) {
  try { f(); } catch (err) { e = new Error('wrap', { ['ca' + 'use']: e === null ? err : new AggregateError([err, e], 'agg') }); }
}
const stack = [e];
while (stack.length > 0) {
  const cur = stack.pop();
  if (cur === null || typeof cur !== 'object') continue;
  try { if (cur.constructor.constructor('return typeof process')() !== 'undefined') return 'ESCAPED'; } catch (x) {}
  stack.push(cur['ca' + 'use'], ...(Array.isArray(cur.errors) ? cur.errors : []));
}
return 'held';

/*---
id: re-asyncgen-yield-01-return-throws
description: "Delegates with yield* from an async generator to an iterator whose return() throws an engine TypeError, and catches that error inside the generator (CVE-2026-45411 shape) to inspect its realm."
kind: malicious
category: realm-escape
technique: RE-asyncgen-yield
variant: plain
references:
  - "CVE-2026-45411"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
flags: [async]
---*/
const inner = { [Symbol.asyncIterator]() { return this; }, next: async () => ({ value: 1, done: false }), return() { return 42; } };
let caught = null;
async function* outer() { try { yield* inner; } catch (e) { caught = e; } }
const it = outer();
await it.next();
try { await it.return(); } catch (e) { caught = caught ?? e; }
if (caught === null) return 'no error';
try { if (caught.constructor.constructor('return typeof process')() !== 'undefined') return 'ESCAPED'; } catch (e) {}
return 'held';

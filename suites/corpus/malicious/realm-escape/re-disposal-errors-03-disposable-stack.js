/*---
id: re-disposal-errors-03-disposable-stack
description: "Uses DisposableStack and SuppressedError where the engine has them (explicit resource management) to combine a host error with a disposal error, and checks both carried errors."
kind: malicious
category: realm-escape
technique: RE-disposal-errors
variant: combined
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
const DS = globalThis.DisposableStack;
const carried = [];
if (typeof DS === 'function') {
  try {
    const stack = new DS();
    stack.defer(() => { console.log(Symbol('d')); throw new Error('dispose'); });
    stack.defer(() => { require('fs'); });
    stack.dispose();
  } catch (e) { carried.push(e, e.error, e.suppressed); }
} else if (typeof globalThis.SuppressedError === 'function') {
  carried.push(new SuppressedError(new Error('a'), new Error('b')));
}
try { null.x; } catch (e) { carried.push(new AggregateError([e], 'fallback', { cause: e })); }
for (const e of carried) {
  if (e === null || typeof e !== 'object') continue;
  try { if (e.constructor.constructor('return typeof process')() !== 'undefined') return 'ESCAPED'; } catch (x) {}
}
return 'held';

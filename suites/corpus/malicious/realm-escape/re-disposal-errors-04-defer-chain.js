/*---
id: re-disposal-errors-04-defer-chain
description: >-
  Chains DisposableStack.defer, move and a using declaration so that disposal throws while another error
  is in flight, then walks every carried error (SuppressedError.error / .suppressed / cause) to a
  constructor and asks it for the host's process.
kind: malicious
category: realm-escape
technique: RE-disposal-errors
variant: combined
references:
  - "vm2 ATTACKS cat. 16"
  - "CVE-2026-47686"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure:    { outcome: contained, value: "held" }
  high-security:   { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
---*/
const seen = [];
function walk(e, depth) {
  if (e === null || typeof e !== 'object' || depth > 6) return;
  seen.push(e);
  walk(e.error, depth + 1);
  walk(e.suppressed, depth + 1);
  walk(e.cause, depth + 1);
}
try {
  using outer = new DisposableStack();
  outer.defer(() => { throw new TypeError('outer', { cause: new RangeError('deep') }); });
  const moved = outer.move();
  using inner = moved;
  inner.defer(() => { null.x; });
  throw new Error('body');
} catch (e) {
  walk(e, 0);
}
for (const e of seen) {
  try {
    if (e.constructor.constructor('return typeof process')() !== 'undefined') return 'ESCAPED';
  } catch (x) {}
}
return seen.length > 2 ? 'held' : 'no carriers: ' + seen.length;

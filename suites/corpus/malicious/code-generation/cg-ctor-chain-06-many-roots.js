/*---
id: cg-ctor-chain-06-many-roots
description: "Tries the constructor chain from a dozen builtin instances (promise, regexp, map, symbol, error, typed array, generator) since each reaches Function by a different prototype path."
kind: malicious
category: code-generation
technique: CG-ctor-chain
variant: combined
references:
  - "vm2 README"
  - "SES confinement test (\"evaluation constructor\")"
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
---*/
const roots = [(async () => {})(), /x/, new Map(), Symbol('s'), new Error('e'), new Uint8Array(1),
  function* () {}, new Set(), Promise, Math.max, JSON.parse, 1n];
let reached = 0;
for (const root of roots) {
  try {
    const F = root.constructor.constructor;
    if (F('return typeof process')() !== 'undefined') return 'ESCAPED';
    reached++;
  } catch (e) { /* EvalError where Function is refused */ }
}
// In tenant-isolated every root compiles code, but never with host globals.
return reached === 0 || reached === roots.length ? 'held' : 'inconsistent:' + reached;

/*---
id: cg-ctor-chain-07-wrapper-arguments
description: "Walks the constructor chain from the runtime wrapper's own arguments object and from globalThis, which would leak a host Function if the runtime called the wrapper with host values."
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
const roots = [arguments, globalThis];
for (let i = 0; i < arguments.length; i++) roots.push(arguments[i]);
for (const root of roots) {
  if (root === null || root === undefined) continue;
  try {
    if (root.constructor.constructor('return typeof process')() !== 'undefined') return 'ESCAPED';
  } catch (e) { /* refused */ }
}
return 'held';

/*---
id: em-unsafe-inherit-01-reference-methods
description: "Looks for isolated-vm Reference methods on every exposed function and object, which would mean a Reference (possibly with unsafeInherit) was handed to the guest."
kind: malicious
category: embedder-misuse
technique: EM-unsafe-inherit
variant: plain
references:
  - "isolated-vm README"
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
input: { a: 1 }
---*/
const exposed = [console, input, ...Object.values(console)];
if (typeof require === 'function') exposed.push(require);
if (typeof fetch === 'function') exposed.push(fetch);
const refApi = ['deref', 'derefInto', 'release', 'copy', 'copySync', 'getSync', 'setSync', 'applySync', 'applySyncPromise', 'applyIgnored'];
for (const v of exposed) for (const m of refApi) {
  if (typeof v[m] === 'function') return 'ESCAPED: ' + m + ' exposed';
}
return 'held';

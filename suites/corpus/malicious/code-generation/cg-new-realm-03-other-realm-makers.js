/*---
id: cg-new-realm-03-other-realm-makers
description: "Probes every known way to get a second realm (ShadowRealm, Compartment, Realm, vm contexts, iframes, workers) since each would hand out pristine intrinsics and Function."
kind: malicious
category: code-generation
technique: CG-new-realm
variant: combined
references:
  - "vm2 ATTACKS \"Future Risks\""
  - "simonw/research report"
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
---*/
const makers = ['ShadowRealm', 'Compartment', 'Realm', 'createContext', 'runInNewContext', 'document', 'Worker', 'SharedWorker'];
const found = makers.filter((name) => {
  try { return typeof globalThis[name] !== 'undefined'; } catch (e) { return false; }
});
return found.length === 0 ? 'held' : 'ESCAPED: ' + found.join(',');

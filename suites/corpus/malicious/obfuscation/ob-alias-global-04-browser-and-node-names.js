/*---
id: ob-alias-global-04-browser-and-node-names
description: >-
  Probes every conventional alias of the global object (self, window, global, frames, parent, top); none
  exists in an ECMAScript-only sandbox.
kind: malicious
category: obfuscation
technique: OB-alias-global
variant: obfuscated
references:
  - "SES confinement test (strict `this` is undefined)"
expect:
  ultra-secure:    { outcome: contained, value: held }
  high-security:   { outcome: contained, value: held }
  tenant-isolated: { outcome: contained, value: held }
---*/
const names = [typeof self, typeof window, typeof global, typeof frames, typeof parent, typeof top];
return names.every((t) => t === 'undefined') ? 'held' : 'ESCAPED: ' + names.join(',');

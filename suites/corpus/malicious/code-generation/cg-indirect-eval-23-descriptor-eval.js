/*---
id: cg-indirect-eval-23-descriptor-eval
description: eval taken from the global object's descriptor map by a key that
  may come from input
kind: malicious
category: code-generation
technique: CG-indirect-eval
variant: obfuscated
references:
  - "sandproof scanner README: evasions through the global object's property
    descriptors"
expect:
  ultra-secure:
    outcome: blocked
    stages:
      - scan
      - runtime
  high-security:
    outcome: blocked
    stages:
      - scan
      - runtime
  tenant-isolated:
    outcome: blocked
    stages:
      - scan
      - runtime
---*/
// eval taken from the global object's descriptor map by a key that may come from input.
const d = Object.getOwnPropertyDescriptors(globalThis);
return d[(input && input.k) || 'eval'].value('1 + 1');

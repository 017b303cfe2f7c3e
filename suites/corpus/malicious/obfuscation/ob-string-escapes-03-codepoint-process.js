/*---
id: ob-string-escapes-03-codepoint-process
description: >-
  Probes for process with a \u{70} code-point escape in the key; nothing named process may exist in the
  sandbox.
kind: malicious
category: obfuscation
technique: OB-string-escapes
variant: obfuscated
references:
  - "vm2 ATTACKS cat. 27 (\"walker does not evaluate string contents\")"
expect:
  ultra-secure:    { outcome: contained, value: held }
  high-security:   { outcome: contained, value: held }
  tenant-isolated: { outcome: contained, value: held }
---*/
const p = globalThis['\u{70}rocess'];
return typeof p === 'undefined' ? 'held' : 'ESCAPED: ' + Object.keys(p).length;

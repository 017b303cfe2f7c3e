/*---
id: ob-destructure-alias-06-default-on-global
description: >-
  Reads process off the global object with a destructuring default, const { process: p = 'held' } =
  globalThis, so the default only survives when process is absent.
kind: malicious
category: obfuscation
technique: OB-destructure-alias
variant: obfuscated
references:
  - "CVE-2023-30547 PoC shape"
  - "vm2 3.9.12 changelog (ObjectPattern in catch)"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure:    { outcome: contained, value: held }
  high-security:   { outcome: contained, value: held }
  tenant-isolated: { outcome: contained, value: held }
---*/
const { process: p = 'held', Buffer: b = 'held' } = globalThis;
return p === 'held' && b === 'held' ? 'held' : 'ESCAPED: host globals destructured';

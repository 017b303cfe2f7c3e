/*---
id: pp-builtin-static-01-number-json-math
description: >-
  Tenant a hangs secrets on builtin constructors and namespaces (Number.a, JSON.leak, Math.stash), the
  temporalio #1519 pattern.
kind: malicious
category: persistence
technique: PP-builtin-static
variant: plain
references:
  - "temporalio #1519"
expect:
  ultra-secure:    { outcome: contained, value: clean }
  high-security:   { outcome: contained, value: clean }
  tenant-isolated: { outcome: contained, value: clean }
flags: [multi-step]
---*/
//@step tenant=a
Number.a = 'tenant-a-secret';
JSON.leak = 'tenant-a-secret';
Math.stash = ['tenant-a-secret'];
return 'tampered';
//@step tenant=b
if ('a' in Number || 'leak' in JSON || 'stash' in Math) return 'ESCAPED: builtin statics survived';
return 'clean';
//@step tenant=a
if ('a' in Number || 'leak' in JSON || 'stash' in Math) return 'ESCAPED: builtin statics survived';
return 'clean';

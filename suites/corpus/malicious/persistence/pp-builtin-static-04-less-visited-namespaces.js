/*---
id: pp-builtin-static-04-less-visited-namespaces
description: >-
  Tenant a stores data on less-visited namespaces and constructors (Intl, BigInt, Error, String.raw) under
  computed names.
kind: malicious
category: persistence
technique: PP-builtin-static
variant: obfuscated
references:
  - "temporalio #1519"
expect:
  ultra-secure:    { outcome: contained, value: clean }
  high-security:   { outcome: contained, value: clean }
  tenant-isolated: { outcome: contained, value: clean }
flags: [multi-step]
---*/
//@step tenant=a
const k = ['st', 'ash'].join('');
Intl[k] = 'tenant-a-secret';
BigInt[k] = 'tenant-a-secret';
Error[k] = 'tenant-a-secret';
String.raw = () => 'tampered';
return 'tampered';
//@step tenant=b
if ([Intl, BigInt, Error].some((o) => 'stash' in o)) return 'ESCAPED: namespace stash survived';
return String.raw`a${1}` === 'a1' ? 'clean' : 'ESCAPED: String.raw replaced';
//@step tenant=a
if ([Intl, BigInt, Error].some((o) => 'stash' in o)) return 'ESCAPED: namespace stash survived';
return String.raw`a${1}` === 'a1' ? 'clean' : 'ESCAPED: String.raw replaced';

/*---
id: pp-global-reassign-01-console-json-leak
description: >-
  Tenant a replaces console, deletes JSON and leaves a global holding a secret; none of it may be visible to
  the next execution.
kind: malicious
category: persistence
technique: PP-global-reassign
variant: plain
references:
  - "temporalio #1476"
expect:
  ultra-secure:    { outcome: contained, value: clean }
  high-security:   { outcome: contained, value: clean }
  tenant-isolated: { outcome: contained, value: clean }
flags: [multi-step]
---*/
//@step tenant=a
globalThis.console = { log() {}, tampered: true };
delete globalThis.JSON;
globalThis.leak = 'tenant-a-secret';
return typeof JSON;
//@step tenant=b
if (typeof JSON !== 'object' || typeof JSON.stringify !== 'function') return 'ESCAPED: JSON deleted by tenant a';
if ('leak' in globalThis) return 'ESCAPED: ' + String(globalThis.leak);
if (console.tampered === true || typeof console.log !== 'function') return 'ESCAPED: console replaced';
return 'clean';
//@step tenant=a
if (typeof JSON !== 'object' || typeof JSON.stringify !== 'function') return 'ESCAPED: JSON deleted by tenant a';
if ('leak' in globalThis) return 'ESCAPED: ' + String(globalThis.leak);
if (console.tampered === true || typeof console.log !== 'function') return 'ESCAPED: console replaced';
return 'clean';

/*---
id: em-sync-deadlock-01-reentrant-log
description: "Re-enters console.log from inside toString and toJSON hooks of its own arguments, several levels deep, which deadlocks a host logger built on synchronous promise application."
kind: malicious
category: embedder-misuse
technique: EM-sync-deadlock
variant: plain
references:
  - "isolated-vm README"
  - "isolated-vm tests/deadlock.js"
  - "isolated-vm tests/async-rentry-deadlock.js"
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
---*/
let depth = 0;
const nest = { toString() { if (depth++ < 50) console.log(nest); return 'n'; }, toJSON() { if (depth++ < 50) console.log(nest); return 'j'; } };
console.log(nest);
console.log(String(nest));
return 'held';

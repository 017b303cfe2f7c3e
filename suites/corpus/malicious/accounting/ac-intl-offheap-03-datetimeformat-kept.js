/*---
id: ac-intl-offheap-03-datetimeformat-kept
description: "Keeps twenty thousand Intl.DateTimeFormat objects: each holds an
  ICU formatter of about 27 KB off the V8 heap, 0.5 GB in all."
kind: malicious
category: accounting
technique: AC-intl-offheap
variant: plain
references:
  - "sandproof SECURITY.md, claim 6: memory every budget counts"
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
// Keeps date-time formatters: each holds an ICU formatter of about 27 KB off the V8 heap.
const kept = [];
for (let i = 0; i < 20000; i++) kept.push(new Intl.DateTimeFormat('en-US', { timeZone: 'UTC' }));
globalThis.keep = kept;
return kept.length;

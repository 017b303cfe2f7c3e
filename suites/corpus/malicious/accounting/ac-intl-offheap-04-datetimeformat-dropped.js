/*---
id: ac-intl-offheap-04-datetimeformat-dropped
description: "Makes and drops date-time formatters (toLocaleString with locales,
  DateTimeFormat called without new): unreferenced ICU objects pile up off the
  heap until a collection."
kind: malicious
category: accounting
technique: AC-intl-offheap
variant: combined
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
// Makes and drops formatters through toLocaleString with explicit locales: nothing is kept, yet the
// ICU objects wait for a collection the heap alone never asks for.
const d = new Date(0);
let n = 0;
for (let i = 0; i < 20000; i++) n += d['toLocale' + 'String']('en-GB', { timeZone: 'UTC', hour: 'numeric' }).length;
for (let i = 0; i < 20000; i++) n += Intl.DateTimeFormat('de-DE').format(0).length;
return n;

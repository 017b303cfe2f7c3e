/*---
id: ac-intl-offheap-07-datetimeformat-formatrange-kept
description: >-
  Sixty Intl.DateTimeFormat objects, each after formatRange and formatRangeToParts, which build and keep an ICU
  interval formatter of about 55 KiB beyond the formatter's own cost: under a 32 KiB charge they fit a 2 MB budget.
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
    outcome: allowed
    value: 60
---*/
// Sixty formatters: under a charge of 32 KiB each they fit a 2 MB budget, but each also builds and keeps
// an ICU interval formatter at its first formatRange: about 80 KiB off the V8 heap per formatter in all.
const kept = [];
for (let i = 0; i < 60; i++) {
  const f = new Intl.DateTimeFormat('en', { dateStyle: 'full', timeStyle: 'full' });
  f.formatRange(new Date(0), new Date(1e12));
  f.formatRangeToParts(new Date(0), new Date(2e12));
  kept.push(f);
}
globalThis.keep = kept;
return kept.length;

/*---
id: ac-intl-offheap-08-datetimeformat-japanese-calendar
description: >-
  Thirty Intl.DateTimeFormat objects with the Japanese calendar, each after a formatRange: about 320 KiB each off
  the V8 heap (era tables and an interval formatter), ten times the 32 KiB a Gregorian formatter was charged.
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
// Thirty formatters with the Japanese calendar, each after a formatRange: under a charge of 32 KiB
// each they fit a 2 MB budget, but each holds about 320 KiB off the V8 heap (its era tables and an
// interval formatter), 9.4 MiB in all.
const kept = [];
for (let i = 0; i < 30; i++) {
  const f = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { dateStyle: 'full', timeStyle: 'full', timeZone: 'Asia/Tokyo' });
  f.formatRange(new Date(0), new Date(1e12 + i));
  kept.push(f);
}
globalThis.keep = kept;
return kept.length;

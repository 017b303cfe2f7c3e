/*---
id: ac-intl-offheap-10-locale-maximize-long-tag
description: "One 20,000-character private-use tag and 300 Intl.Locale
  maximize/minimize results, each an ICU locale holding its own copy of the tag
  off the V8 heap (about 20 KiB): uncharged, some 6 MiB under a 2 MB budget."
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
      - runtime
  high-security:
    outcome: blocked
    stages:
      - runtime
  tenant-isolated:
    outcome: blocked
    stages:
      - runtime
---*/
// One 20,000-character private-use tag and 300 maximize() / minimize() results: each result is a new ICU
// locale holding its own copy of the whole tag off the V8 heap (about 20 KiB), while the heap holds the tag
// once. Uncharged they held some 6 MiB under a 2 MB budget; the ledger must charge each by its tag.
const tag = 'en-x-' + 'abcdefgh-'.repeat(2222) + 'z';
const base = new Intl.Locale(tag);
const kept = [];
for (let i = 0; i < 300; i++) kept.push(i % 2 ? base.maximize() : base.minimize());
globalThis.kept = kept;
return kept.length;

/*---
id: ac-intl-offheap-11-locale-constructor-long-tag
description: Three hundred Intl.Locale objects built from one 20,000-character
  tag of distinct private-use subtags with a region option, each copying the
  whole tag into ICU off the V8 heap.
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
// Many Intl.Locale objects built from one long tag made of distinct variant-like private-use subtags: each
// locale copies the whole tag into ICU, off the V8 heap; the ledger must charge each by its length.
const parts = [];
for (let i = 0; i < 2800; i++) parts.push('p' + (i % 36 ** 3).toString(36).padStart(3, '0') + 'zz');
const tag = 'de-DE-x-' + parts.join('-');
const kept = [];
for (let i = 0; i < 300; i++) kept.push(new Intl.Locale(tag, { region: i % 2 ? 'AT' : 'CH' }));
globalThis.kept = kept;
return kept.length;

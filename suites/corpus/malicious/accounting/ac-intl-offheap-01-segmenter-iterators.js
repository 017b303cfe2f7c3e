/*---
id: ac-intl-offheap-01-segmenter-iterators
description: "Sixty started Intl.Segmenter iterators over a 4 MB text: each
  keeps an ICU copy off the V8 heap."
kind: malicious
category: accounting
technique: AC-intl-offheap
variant: plain
references:
  - "sandproof SECURITY.md, claim 6: memory every budget counts"
  - V8 Intl.Segmenter keeps an icu::UnicodeString copy per segmenter iterator
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
// Each started iterator keeps an ICU copy of a 4 MB text off the V8 heap.
const seg = new Intl.Segmenter('en', { granularity: 'grapheme' });
const text = 'ab'.repeat(2 ** 20);
const kept = [];
for (let i = 0; i < 60; i++) {
  const it = seg.segment(text)[Symbol.iterator]();
  it.next();
  kept.push(it);
}
globalThis.keep = kept;
return kept.length;

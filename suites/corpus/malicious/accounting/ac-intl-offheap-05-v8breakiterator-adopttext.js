/*---
id: ac-intl-offheap-05-v8breakiterator-adopttext
description: >-
  Twelve Intl.v8BreakIterator word iterators adopt a 3-million-character text: V8's non-standard twin of Intl.Segmenter
  copies it into ICU off the V8 heap, about 6 MiB per iterator.
kind: malicious
category: accounting
technique: AC-intl-offheap
variant: plain
references:
  - "sandproof SECURITY.md, claim 6: memory every budget counts"
  - V8 Intl.v8BreakIterator adoptText keeps an icu::UnicodeString copy
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
// Twelve word iterators, each adopting the same 3-million-character text: ICU copies it off the V8 heap
// (about 6 MiB each).
const text = 'ab cd '.repeat(2 ** 19);
const kept = [];
for (let i = 0; i < 12; i++) {
  const it = new Intl.v8BreakIterator('en', { type: 'word' });
  it.adoptText(text);
  kept.push(it);
}
globalThis.keep = kept;
return kept.length;

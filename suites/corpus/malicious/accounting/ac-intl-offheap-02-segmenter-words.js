/*---
id: ac-intl-offheap-02-segmenter-words
description: Word segmentation of forty distinct 2 MB texts, held through
  containing() results and started iterators, the constructor reached by a
  computed key.
kind: malicious
category: accounting
technique: AC-intl-offheap
variant: obfuscated
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
// Word segments of many distinct large texts, each held through containing() results and iterators.
const S = Reflect.get(Intl, 'Seg' + 'menter');
const seg = new S('en', { granularity: 'word' });
const kept = [];
for (let i = 0; i < 40; i++) {
  const text = ('lorem ipsum ' + i + ' ').repeat(150000);
  const segments = seg.segment(text);
  const it = segments[Symbol.iterator]();
  it.next();
  kept.push(segments.containing(5), it);
}
globalThis.keep = kept;
return kept.length;

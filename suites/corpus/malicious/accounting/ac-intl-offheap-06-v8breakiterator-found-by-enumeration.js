/*---
id: ac-intl-offheap-06-v8breakiterator-found-by-enumeration
description: >-
  Finds Intl.v8BreakIterator by enumerating Intl's keys, not by name, and has ten character iterators adopt a
  3.6-million-character text off the V8 heap.
kind: malicious
category: accounting
technique: AC-intl-offheap
variant: obfuscated
references:
  - sandproof SECURITY.md, claim 1 (surface) and claim 6 (memory)
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
// Finds the non-standard iterator by enumerating Intl rather than naming it, then adopts a large text.
const key = Reflect.ownKeys(Intl).find((k) => typeof k === 'string' && /^v8b/i.test(k));
const Breaker = Intl[key];
const parts = [];
for (let i = 0; i < 10; i++) parts.push(new Breaker(['en'], { type: 'character' }));
const text = 'xy '.repeat(1_200_000);
parts.forEach((p) => p.adoptText(text));
globalThis.parts = parts;
return parts.length;

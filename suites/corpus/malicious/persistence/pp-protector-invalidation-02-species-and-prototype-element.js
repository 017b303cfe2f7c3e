/*---
id: pp-protector-invalidation-02-species-and-prototype-element
description: Tenant a redefines Array[Symbol.species] and puts an element on
  Object.prototype in its own fresh context, which turns the species and
  no-elements fast paths of V8 off for the isolate; tenant b map and spread must
  not slow down for it.
kind: malicious
category: persistence
technique: PP-protector-invalidation
variant: combined
references:
  - "sandproof SECURITY.md, claim 3: nothing one execution does is visible to
    the next"
  - V8 protector cells (ArraySpeciesLookupChain, NoElements) are per isolate
expect:
  ultra-secure:
    outcome: contained
    value: clean
  high-security:
    outcome: contained
    value: clean
  tenant-isolated:
    outcome: contained
    value: clean
flags:
  - multi-step
---*/
//@step tenant=a
Object.defineProperty(Array, Symbol.species, { get() { return Array; }, configurable: true });
Object.prototype[7] = 'x';
return [1, 2].map((x) => x).length;
//@step tenant=b
// map of a small array against an index loop: about 1x on a fresh isolate, 20-100x once another tenant's
// change turned the species and no-elements fast paths off for the isolate.
const a = Array.from({ length: 64 }, (_, i) => i);
const time = (f) => { let best = Infinity; for (let r = 0; r < 9; r++) { const t = Date.now(); f(); best = Math.min(best, Date.now() - t); } return Math.max(best, 1); };
const mapped = time(() => { let s = 0; for (let i = 0; i < 3000; i++) s += [...a].length + a.map((x) => x).length; return s; });
const copy = time(() => { let s = 0; for (let i = 0; i < 3000; i++) { const b = new Array(64); for (let j = 0; j < 64; j++) b[j] = a[j] + 0; s += b.length * 2; } return s; });
return mapped > 30 * copy ? 'ESCAPED: protector state from tenant a (map ' + mapped + ' ms, copy ' + copy + ' ms)' : 'clean';

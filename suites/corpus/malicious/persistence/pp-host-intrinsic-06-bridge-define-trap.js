/*---
id: pp-host-intrinsic-06-bridge-define-trap
description: "GHSA-vwrp-x96c-mhwq variant: the walk runs as a loop from
  Buffer.of(1) and writes with Reflect.defineProperty, through the bridge's
  defineProperty trap."
kind: malicious
category: persistence
technique: PP-host-intrinsic
variant: obfuscated
references:
  - GHSA-vwrp-x96c-mhwq
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
// GHSA-vwrp-x96c-mhwq variant: the same walk stops at the host Array.prototype's sibling, Object.prototype,
// and writes through Reflect.defineProperty (the bridge's defineProperty trap) instead of an assignment.
if (typeof Buffer !== 'function' || typeof Buffer.of !== 'function') return 'held';
const lookup = Object.prototype.__lookupGetter__;
const protoOf = Buffer.apply.apply(lookup, [Buffer, ['__proto__']]);
let cur = Buffer.of(1);
for (let i = 0; i < 4 && cur; i++) cur = protoOf.call(cur);
if (!cur || cur === Object.prototype) return 'held';
try { Reflect.defineProperty(cur, 'sandproofDefined', { value: 1, configurable: true }); } catch (e) { return 'held'; }
return 'held';

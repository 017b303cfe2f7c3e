/*---
id: re-disposal-errors-06-using-eval-symbol-name
description: "GHSA-55hx-c926-fr95 as published (using form, through indirect
  eval): the block's throw null is pending when the disposer's host TypeError
  arrives, and the SuppressedError's error field carries the host error out."
kind: malicious
category: realm-escape
technique: RE-disposal-errors
variant: combined
references:
  - GHSA-55hx-c926-fr95
  - GHSA-35vh-489p-v7cx
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
// GHSA-55hx-c926-fr95 (using form, through eval as published): a disposer that formats the stack of a
// Symbol-named Error throws a host TypeError while the block's own `throw null` is pending; the
// SuppressedError's `error` is that host error, whose constructor chain ends at the host Function.
let verdict = 'held';
globalThis.resource = {
  [Symbol.dispose]() { const e = new Error(); e.name = Symbol('x'); return e.stack; },
};
try { (0, eval)('{ using held = resource; throw null; }'); } catch (e) {
  try {
    const token = e.error.constructor.constructor('return globalThis.__SANDPROOF_CANARY__')();
    if (typeof token === 'string') verdict = 'ESCAPED:' + token;
  } catch (err) {}
}
return verdict;

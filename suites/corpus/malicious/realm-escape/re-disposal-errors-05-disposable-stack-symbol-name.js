/*---
id: re-disposal-errors-05-disposable-stack-symbol-name
description: "GHSA-55hx-c926-fr95 as published (DisposableStack form): a
  deferred disposer formats the stack of a Symbol-named Error, a host TypeError,
  and the SuppressedError's suppressed field hands it to the guest, whose
  constructor chain reads the host canary."
kind: malicious
category: realm-escape
technique: RE-disposal-errors
variant: plain
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
// GHSA-55hx-c926-fr95 (DisposableStack form): formatting the stack of an Error whose name is a Symbol throws a
// TypeError on the host side; DisposableStack wraps it, with the later `throw null`, in a SuppressedError
// whose `suppressed` is the raw host error, and its constructor chain ends at the host Function.
if (typeof DisposableStack !== 'function') return 'held';
let verdict = 'held';
const stack = new DisposableStack();
stack.defer(() => { throw null; });
stack.defer(() => { const e = Error(); e.name = Symbol(); e.stack; });
try { stack.dispose(); } catch (e) {
  try {
    const token = e.suppressed.constructor.constructor('return globalThis.__SANDPROOF_CANARY__')();
    if (typeof token === 'string') verdict = 'ESCAPED:' + token;
  } catch (err) {}
}
return verdict;

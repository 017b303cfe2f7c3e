/*---
id: algorithms-05-sieve-primes
description: "Lists primes below 100 with the sieve of Eratosthenes."
kind: benign
category: algorithms
expect:
  ultra-secure:    { outcome: allowed, value: { count: 25, last: 97, first: [2, 3, 5, 7, 11] } }
  high-security:   { outcome: allowed, value: { count: 25, last: 97, first: [2, 3, 5, 7, 11] } }
  tenant-isolated: { outcome: allowed, value: { count: 25, last: 97, first: [2, 3, 5, 7, 11] } }
---*/
const n = 100;
const composite = new Uint8Array(n);
const primes = [];
for (let i = 2; i < n; i++) {
  if (composite[i]) continue;
  primes.push(i);
  for (let j = i * i; j < n; j += i) composite[j] = 1;
}
return { count: primes.length, last: primes.at(-1), first: primes.slice(0, 5) };

/*---
id: algorithms-04-gcd-lcm
description: "Computes greatest common divisors and least common multiples with Euclid's algorithm."
kind: benign
category: algorithms
expect:
  ultra-secure:    { outcome: allowed, value: { gcd: [6, 1, 12], lcm: 360 } }
  high-security:   { outcome: allowed, value: { gcd: [6, 1, 12], lcm: 360 } }
  tenant-isolated: { outcome: allowed, value: { gcd: [6, 1, 12], lcm: 360 } }
---*/
const gcd = (a, b) => (b === 0 ? a : gcd(b, a % b));
const lcm = (a, b) => (a / gcd(a, b)) * b;
return { gcd: [gcd(48, 18), gcd(17, 5), gcd(0, 12)], lcm: [8, 9, 10].reduce(lcm) };

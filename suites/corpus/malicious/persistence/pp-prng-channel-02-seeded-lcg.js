/*---
id: pp-prng-channel-02-seeded-lcg
description: >-
  Tenant a seeds a linear congruential generator and locks it in as a non-writable Math.random; the check
  recomputes the same sequence and looks for it in the next tenant's draws.
kind: malicious
category: persistence
technique: PP-prng-channel
variant: obfuscated
references:
  - "SES README \"Caveats\""
expect:
  ultra-secure:    { outcome: contained, value: clean }
  high-security:   { outcome: contained, value: clean }
  tenant-isolated: { outcome: contained, value: clean }
flags: [multi-step]
---*/
//@step tenant=a
let state = 42;
const lcg = () => {
  state = (state * 1103515245 + 12345) % 2147483648;
  return state / 2147483648;
};
try {
  Object.defineProperty(Math, 'random', { value: lcg, writable: false, configurable: false });
} catch {
  return 'refused';
}
return 'tampered';
//@step tenant=b
let state = 42;
const expected = [];
for (let i = 0; i < 3; i++) {
  state = (state * 1103515245 + 12345) % 2147483648;
  expected.push(state / 2147483648);
}
const draws = [Math.random(), Math.random(), Math.random()];
return draws.every((d, i) => d === expected[i]) ? 'ESCAPED: seeded random sequence survived' : 'clean';
//@step tenant=a
let state = 42;
const expected = [];
for (let i = 0; i < 3; i++) {
  state = (state * 1103515245 + 12345) % 2147483648;
  expected.push(state / 2147483648);
}
const draws = [Math.random(), Math.random(), Math.random()];
return draws.every((d, i) => d === expected[i]) ? 'ESCAPED: seeded random sequence survived' : 'clean';

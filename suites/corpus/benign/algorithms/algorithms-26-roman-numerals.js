/*---
id: algorithms-26-roman-numerals
description: "Converts numbers to and from Roman numerals."
kind: benign
category: algorithms
expect:
  ultra-secure:    { outcome: allowed, value: { to: ["XIV", "MCMXCIV", "MMXXIV"], from: [4, 3999] } }
  high-security:   { outcome: allowed, value: { to: ["XIV", "MCMXCIV", "MMXXIV"], from: [4, 3999] } }
  tenant-isolated: { outcome: allowed, value: { to: ["XIV", "MCMXCIV", "MMXXIV"], from: [4, 3999] } }
---*/
const table = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
const toRoman = (n) => table.reduce((s, [v, r]) => { while (n >= v) { s += r; n -= v; } return s; }, '');
const fromRoman = (s) => {
  let n = 0;
  for (const [v, r] of table) while (s.startsWith(r)) { n += v; s = s.slice(r.length); }
  return n;
};
return { to: [14, 1994, 2024].map(toRoman), from: [fromRoman('IV'), fromRoman('MMMCMXCIX')] };

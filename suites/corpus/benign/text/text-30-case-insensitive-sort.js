/*---
id: text-30-case-insensitive-sort
description: "Sorts strings case-insensitively with a plain comparator (no locale), with ties broken by original case."
kind: benign
category: text
expect:
  ultra-secure:    { outcome: allowed, value: ["apple", "Banana", "banana", "cherry", "Date"] }
  high-security:   { outcome: allowed, value: ["apple", "Banana", "banana", "cherry", "Date"] }
  tenant-isolated: { outcome: allowed, value: ["apple", "Banana", "banana", "cherry", "Date"] }
---*/
const xs = ['cherry', 'banana', 'Date', 'apple', 'Banana'];
const cmp = (a, b) => {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
};
return xs.sort(cmp);

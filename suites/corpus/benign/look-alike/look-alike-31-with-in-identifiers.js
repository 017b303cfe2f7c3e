/*---
id: look-alike-31-with-in-identifiers
description: "Uses identifiers and methods containing with (withTax, startsWith, endsWith) and no with statement."
kind: benign
category: look-alike
flags: [look-alike]
expect:
  ultra-secure:    { outcome: allowed, value: [120, true, false] }
  high-security:   { outcome: allowed, value: [120, true, false] }
  tenant-isolated: { outcome: allowed, value: [120, true, false] }
---*/
const withTax = (n) => n * 1.2;
const name = 'without-with';
return [withTax(100), name.startsWith('with'), name.endsWith('without')];

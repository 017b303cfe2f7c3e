/*---
id: syntax-21-exponent-numeric-separators
description: "Uses the ** operator and numeric separators, including right-associativity of exponentiation."
kind: benign
category: syntax
expect:
  ultra-secure:    { outcome: allowed, value: [1000000, 1024, 512, 64, 255] }
  high-security:   { outcome: allowed, value: [1000000, 1024, 512, 64, 255] }
  tenant-isolated: { outcome: allowed, value: [1000000, 1024, 512, 64, 255] }
---*/
return [1_000_000, 2 ** 10, 2 ** 3 ** 2, (2 ** 3) ** 2, 0xff];

/*---
id: syntax-10-bigint-arithmetic
description: "Computes a factorial with BigInt and returns it as a decimal string, since BigInt itself is not JSON."
kind: benign
category: syntax
expect:
  ultra-secure:    { outcome: allowed, value: ["2432902008176640000", "51090942171709440000", true] }
  high-security:   { outcome: allowed, value: ["2432902008176640000", "51090942171709440000", true] }
  tenant-isolated: { outcome: allowed, value: ["2432902008176640000", "51090942171709440000", true] }
---*/
let f = 1n;
for (let i = 1n; i <= 20n; i++) f *= i;
const next = f * 21n;
return [f.toString(), next.toString(), next > Number.MAX_SAFE_INTEGER];

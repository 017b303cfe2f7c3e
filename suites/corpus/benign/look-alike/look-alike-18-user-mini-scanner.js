/*---
id: look-alike-18-user-mini-scanner
description: "Implements a tiny linter in the snippet that flags eval( and Function( in other code held as strings."
kind: benign
category: look-alike
flags: [look-alike]
input: { sources: ["return 1 + 1", "return eval('x')", "new Function('a', 'b')", "const evaluate = 1"] }
expect:
  ultra-secure:    { outcome: allowed, value: [false, true, true, false] }
  high-security:   { outcome: allowed, value: [false, true, true, false] }
  tenant-isolated: { outcome: allowed, value: [false, true, true, false] }
---*/
const risky = /\b(eval|Function)\s*\(/;
return input.sources.map((src) => risky.test(src));

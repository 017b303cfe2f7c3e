/*---
id: look-alike-29-hex-escapes-in-strings
description: "Writes ordinary words with \\x and \\u escapes in string literals and only compares them."
kind: benign
category: look-alike
flags: [look-alike]
expect:
  ultra-secure:    { outcome: allowed, value: [true, "constructor", 11] }
  high-security:   { outcome: allowed, value: [true, "constructor", 11] }
  tenant-isolated: { outcome: allowed, value: [true, "constructor", 11] }
---*/
const a = '\x63onstructor';
const b = '\u0063onstructor';
return [a === b, a, b.length];

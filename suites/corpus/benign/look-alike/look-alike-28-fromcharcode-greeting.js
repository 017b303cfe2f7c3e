/*---
id: look-alike-28-fromcharcode-greeting
description: "Builds text with String.fromCharCode, the same call obfuscators use, to spell an innocent word."
kind: benign
category: look-alike
flags: [look-alike]
expect:
  ultra-secure:    { outcome: allowed, value: ["hello", [104, 101, 108, 108, 111]] }
  high-security:   { outcome: allowed, value: ["hello", [104, 101, 108, 108, 111]] }
  tenant-isolated: { outcome: allowed, value: ["hello", [104, 101, 108, 108, 111]] }
---*/
const codes = [104, 101, 108, 108, 111];
const word = String.fromCharCode(...codes);
return [word, [...word].map((c) => c.charCodeAt(0))];

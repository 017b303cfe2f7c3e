/*---
id: data-20-invert-map
description: "Inverts a key-to-list mapping into a value-to-keys index."
kind: benign
category: data
expect:
  ultra-secure:    { outcome: allowed, value: { red: ["apple", "cherry"], yellow: ["banana"], green: ["apple"] } }
  high-security:   { outcome: allowed, value: { red: ["apple", "cherry"], yellow: ["banana"], green: ["apple"] } }
  tenant-isolated: { outcome: allowed, value: { red: ["apple", "cherry"], yellow: ["banana"], green: ["apple"] } }
---*/
const colors = { apple: ['red', 'green'], banana: ['yellow'], cherry: ['red'] };
const out = {};
for (const [fruit, cs] of Object.entries(colors)) for (const c of cs) (out[c] ??= []).push(fruit);
return out;

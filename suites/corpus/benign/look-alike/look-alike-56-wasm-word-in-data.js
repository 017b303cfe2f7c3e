/*---
id: look-alike-56-wasm-word-in-data
description: "Describes a WebAssembly pipeline as data (magic bytes in an array) without compiling anything."
kind: benign
category: look-alike
flags: [look-alike]
expect:
  ultra-secure:    { outcome: allowed, value: { magic: "\u0000asm", version: 1 } }
  high-security:   { outcome: allowed, value: { magic: "\u0000asm", version: 1 } }
  tenant-isolated: { outcome: allowed, value: { magic: "\u0000asm", version: 1 } }
---*/
const header = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];
const magic = String.fromCharCode(...header.slice(0, 4));
return { magic, version: header[4] };

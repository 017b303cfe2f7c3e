/*---
id: ac-wasm-code-03-many-small-modules
description: "Two thousand distinct one-function modules, each instantiated and
  kept: each costs V8 16-22 KiB off the heap whatever its size."
kind: malicious
category: accounting
technique: AC-wasm-code
variant: plain
references:
  - "sandproof SECURITY.md, claim 6: memory every budget counts"
expect:
  ultra-secure:
    outcome: blocked
    stages:
      - scan
      - runtime
  high-security:
    outcome: blocked
    stages:
      - scan
      - runtime
  tenant-isolated:
    outcome: blocked
    stages:
      - runtime
---*/
// Two thousand distinct one-function modules (a custom section tells them apart), each instantiated and kept.
const kept = [];
for (let j = 0; j < 2000; j++) {
  const bytes = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 0x60, 0, 0, 3, 2, 1, 0,
    7, 5, 1, 1, 0x66, 0, 0, 10, 4, 1, 2, 0, 0x0b, 0, 3, 1, j & 127, j >> 7]);
  const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), {});
  instance.exports.f();
  kept.push(instance);
}
globalThis.keep = kept;
return kept.length;

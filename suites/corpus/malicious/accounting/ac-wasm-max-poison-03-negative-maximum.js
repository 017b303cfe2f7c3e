/*---
id: ac-wasm-max-poison-03-negative-maximum
description: A negative maximum credits the reservation ledger, then 256 MiB of
  memories follow.
kind: malicious
category: accounting
technique: AC-wasm-max-poison
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
      - scan
      - runtime
---*/
// A negative maximum credits the ledger: a huge reservation first, then memories worth 256 MiB.
try { new WebAssembly.Memory({ initial: 0, maximum: -1e6 }); } catch (e) {}
const kept = [];
for (let i = 0; i < 4; i++) {
  const m = new WebAssembly.Memory({ initial: 4096, maximum: 4096 });
  new Uint8Array(m.buffer).fill(2);
  kept.push(m);
}
globalThis.keep = kept;
return kept.length;

/*---
id: ac-wasm-max-poison-02-nan-maximum
description: "A failing WebAssembly.Memory with a NaN maximum, then four 256 MiB
  memories: the reservation sum must not be poisoned."
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
// A failing memory with a NaN maximum turns the reservation sum into NaN; four 256 MiB memories follow.
try { new WebAssembly.Memory({ initial: 1, maximum: NaN }); } catch (e) {}
const kept = [];
for (let i = 0; i < 4; i++) {
  const m = new WebAssembly.Memory({ initial: 4096, maximum: 65536 });
  new Uint8Array(m.buffer).fill(1);
  kept.push(m);
}
globalThis.keep = kept;
return kept.length;

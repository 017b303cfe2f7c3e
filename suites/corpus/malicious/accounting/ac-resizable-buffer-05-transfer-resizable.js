/*---
id: ac-resizable-buffer-05-transfer-resizable
description: "Transfers resizable buffers (transfer keeps them resizable) and
  grows each copy: twelve 10 MiB buffers kept."
kind: malicious
category: accounting
technique: AC-resizable-buffer
variant: combined
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
// Resizable buffers survive transfer(): transfer each one and grow the copy, keeping every copy.
const kept = [];
for (let i = 0; i < 12; i++) {
  const b = new ArrayBuffer(0, { maxByteLength: 10 * 2 ** 20 }).transfer();
  b.resize(10 * 2 ** 20);
  new Uint8Array(b).fill(1);
  kept.push(b);
}
globalThis.keep = kept;
return kept.length;

/*---
id: ac-resizable-buffer-02-resizable-many-small
description: "Sixty resizable buffers, each with a maximum under every budget,
  together 114 MiB: the maxima must be counted together."
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
// Sixty buffers, each with a maximum under every budget, together 114 MiB.
const kept = [];
for (let i = 0; i < 60; i++) {
  const b = new ArrayBuffer(0, { maxByteLength: 1.9 * 2 ** 20 });
  b.resize(1.9 * 2 ** 20);
  new Uint8Array(b).fill(i);
  kept.push(b);
}
globalThis.keep = kept;
return kept.length;

/*---
id: ac-resizable-buffer-03-growable-shared
description: Grows a growable SharedArrayBuffer to 96 MiB in steps and keeps it.
kind: malicious
category: accounting
technique: AC-resizable-buffer
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
// A growable SharedArrayBuffer, grown in steps to 96 MiB.
const sab = new SharedArrayBuffer(2 ** 20, { maxByteLength: 96 * 2 ** 20 });
for (let size = 2 ** 21; size <= 96 * 2 ** 20; size += 2 ** 21) {
  sab.grow(size);
  new Uint8Array(sab, size - 2 ** 21).fill(7);
}
globalThis.keep = sab;
return sab.byteLength;

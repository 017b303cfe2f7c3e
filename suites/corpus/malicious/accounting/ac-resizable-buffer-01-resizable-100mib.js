/*---
id: ac-resizable-buffer-01-resizable-100mib
description: "Grows one resizable ArrayBuffer to 100 MiB and keeps it: V8
  commits its pages outside the heap and external memory the budget measures."
kind: malicious
category: accounting
technique: AC-resizable-buffer
variant: plain
references:
  - "sandproof SECURITY.md, claim 6: memory every budget counts"
  - tc39 resizable ArrayBuffer (ES2024)
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
// One resizable buffer grown to 100 MiB and kept: V8 commits its pages outside the measured heap.
const buf = new ArrayBuffer(1, { maxByteLength: 100 * 2 ** 20 });
buf.resize(100 * 2 ** 20);
new Uint8Array(buf).fill(1);
globalThis.keep = buf;
return buf.byteLength;

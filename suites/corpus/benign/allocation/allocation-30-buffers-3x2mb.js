/*---
id: allocation-30-buffers-3x2mb
description: "Holds three live 2 MB buffers (6 MB together), which only tenant-isolated's budget admits."
kind: benign
category: allocation
flags: [slow]
expect:
  ultra-secure:    { outcome: blocked, stages: [runtime], errors: [ERR_MEMORY_LIMIT] }
  high-security:   { outcome: blocked, stages: [runtime], errors: [ERR_MEMORY_LIMIT] }
  tenant-isolated: { outcome: allowed, value: { count: 3, total: 6291456, marks: [1, 2, 3] } }
---*/
const bufs = [1, 2, 3].map((k) => new Uint8Array(2 * 1024 * 1024).fill(k));
return { count: bufs.length, total: bufs.reduce((s, b) => s + b.byteLength, 0), marks: bufs.map((b) => b[b.length - 1]) };

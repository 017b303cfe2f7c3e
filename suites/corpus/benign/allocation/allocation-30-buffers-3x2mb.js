/*---
id: allocation-30-buffers-3x2mb
description: "Holds three live 2 MB buffers (6 MB together), which only tenant-isolated's budget admits. Where the allocation is over a profile's budget it is dropped before completion, and the budget applies to memory held at completion (SECURITY.md), so that profile may refuse it or complete it with the right value."
kind: benign
category: allocation
flags: [slow]
expect:
  ultra-secure:    { outcome: contained, value: { count: 3, total: 6291456, marks: [1, 2, 3] } }
  high-security:   { outcome: contained, value: { count: 3, total: 6291456, marks: [1, 2, 3] } }
  tenant-isolated: { outcome: allowed, value: { count: 3, total: 6291456, marks: [1, 2, 3] } }
---*/
const bufs = [1, 2, 3].map((k) => new Uint8Array(2 * 1024 * 1024).fill(k));
return { count: bufs.length, total: bufs.reduce((s, b) => s + b.byteLength, 0), marks: bufs.map((b) => b[b.length - 1]) };

/*---
id: rx-wasm-loop-grow-03-large-initial-memory
description: >-
  Instantiates a module that declares 200 pages (12.8 MB) of initial memory and writes to all of it, above
  tenant-isolated's 8 MB budget.
kind: malicious
category: resource-exhaustion
technique: RX-wasm-loop-grow
variant: combined
references:
  - "Node vm `wasm` option"
  - "(V8 termination applies to wasm)"
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: blocked, stages: [runtime], errors: [ERR_MEMORY_LIMIT, ERR_SCRIPT_ERROR] }
---*/
const bytes = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 5, 4, 1, 0, 200, 1, 7, 5, 1, 1, 109, 2, 0]);
const { m } = new WebAssembly.Instance(new WebAssembly.Module(bytes)).exports;
new Uint8Array(m.buffer).fill(1);
return 'NOT KILLED: ' + m.buffer.byteLength + ' bytes of wasm memory kept';

/*---
id: rx-wasm-loop-grow-01-infinite-loop
description: >-
  Compiles a hand-assembled wasm function that is one endless loop and calls it; WebAssembly is absent in
  two profiles, and in tenant-isolated the deadline must terminate wasm code too.
kind: malicious
category: resource-exhaustion
technique: RX-wasm-loop-grow
variant: plain
references:
  - "Node vm `wasm` option"
  - "(V8 termination applies to wasm)"
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: blocked, stages: [runtime], errors: [ERR_TIMEOUT] }
flags: [slow]
---*/
const bytes = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 7, 5, 1, 1, 102, 0, 0, 10, 9, 1, 7, 0, 3, 64, 12, 0, 11, 11]);
const { f } = new WebAssembly.Instance(new WebAssembly.Module(bytes)).exports;
f();
return 'NOT KILLED: wasm loop returned';

/*---
id: rx-wasm-loop-grow-02-memory-grow-loop
description: >-
  Runs a wasm loop that calls memory.grow by 1 MB on every turn without a maximum, memory outside the JS
  heap that the budget must still count.
kind: malicious
category: resource-exhaustion
technique: RX-wasm-loop-grow
variant: obfuscated
references:
  - "Node vm `wasm` option"
  - "(V8 termination applies to wasm)"
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: blocked, stages: [runtime], errors: [ERR_MEMORY_LIMIT, ERR_TIMEOUT, ERR_SCRIPT_ERROR] }
flags: [slow]
---*/
const bytes = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 5, 3, 1, 0, 1, 7, 5, 1, 1, 102, 0, 0, 10, 14, 1, 12, 0, 3, 64, 65, 16, 64, 0, 26, 12, 0, 11, 11]);
const { f } = new WebAssembly.Instance(new WebAssembly.Module(bytes)).exports;
f();
return 'NOT KILLED: grow loop returned';

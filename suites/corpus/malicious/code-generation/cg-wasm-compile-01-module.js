/*---
id: cg-wasm-compile-01-module
description: "Compiles a WebAssembly module from bytes, a code-generation path that is absent outside tenant-isolated and, where present, must not reach the host."
kind: malicious
category: code-generation
technique: CG-wasm-compile
variant: plain
references:
  - "Node vm codeGeneration.wasm (nodejs/node 70c4045)"
expect:
  ultra-secure: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: contained, value: 5 }
---*/
// (module (func (export "add") (param i32 i32) (result i32) local.get 0 local.get 1 i32.add))
const bytes = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 7, 1, 96, 2, 127, 127, 1, 127, 3, 2, 1, 0,
  7, 7, 1, 3, 97, 100, 100, 0, 0, 10, 9, 1, 7, 0, 32, 0, 32, 1, 106, 11]);
const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes));
return instance.exports.add(2, 3);

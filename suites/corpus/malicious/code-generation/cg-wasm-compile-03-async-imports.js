/*---
id: cg-wasm-compile-03-async-imports
description: "Instantiates a module asynchronously with an import object of guest functions and checks that the host wiring only ever hands back sandbox values."
kind: malicious
category: code-generation
technique: CG-wasm-compile
variant: combined
references:
  - "Node vm codeGeneration.wasm (nodejs/node 70c4045)"
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
flags: [async]
---*/
if (typeof WebAssembly === 'undefined') return 'held';
// (module (import "m" "f" (func)) (func (export "run") call 0))
const bytes = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 2, 7, 1, 1, 109, 1, 102, 0, 0,
  3, 2, 1, 0, 7, 7, 1, 3, 114, 117, 110, 0, 1, 10, 6, 1, 4, 0, 16, 0, 11]);
let seen = 'not called';
const { instance } = await WebAssembly.instantiate(bytes, {
  m: { f() { seen = typeof process === 'undefined' && this === undefined ? 'held' : 'ESCAPED'; } },
});
instance.exports.run();
return seen;

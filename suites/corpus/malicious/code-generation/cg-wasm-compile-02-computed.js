/*---
id: cg-wasm-compile-02-computed
description: "Reaches WebAssembly through a concatenated global key and reports only whether compilation was possible, so the profile difference is visible."
kind: malicious
category: code-generation
technique: CG-wasm-compile
variant: obfuscated
references:
  - "Node vm codeGeneration.wasm (nodejs/node 70c4045)"
expect:
  ultra-secure: { outcome: contained, value: "absent" }
  high-security: { outcome: contained, value: "absent" }
  tenant-isolated: { outcome: contained, value: "compiled" }
---*/
const W = globalThis['Web' + 'Assembly'];
if (W === undefined) return 'absent';
// The smallest valid module: magic and version only.
const ok = W.validate(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]));
return ok && new W.Module(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])) ? 'compiled' : 'refused';

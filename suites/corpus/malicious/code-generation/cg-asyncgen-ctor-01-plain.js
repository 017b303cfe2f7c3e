/*---
id: cg-asyncgen-ctor-01-plain
description: "Extracts AsyncGeneratorFunction from an async generator function and compiles an async generator from a string."
kind: malicious
category: code-generation
technique: CG-asyncgen-ctor
variant: plain
references:
  - "vm2 ATTACKS cat. 1"
expect:
  ultra-secure: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: contained, value: "undefined" }
flags: [async]
---*/
const AsyncGeneratorFunction = (async function* () {}).constructor;
const it = AsyncGeneratorFunction('yield typeof process')();
return (await it.next()).value;

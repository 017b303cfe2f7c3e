/*---
id: cg-async-ctor-01-plain
description: "Extracts AsyncFunction from an async arrow function and compiles an async function from a string."
kind: malicious
category: code-generation
technique: CG-async-ctor
variant: plain
references:
  - "vm2 test \"AsyncFunction constructor extraction\""
expect:
  ultra-secure: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: contained, value: "undefined" }
flags: [async]
---*/
const AsyncFunction = (async () => {}).constructor;
return await AsyncFunction('return typeof process')();

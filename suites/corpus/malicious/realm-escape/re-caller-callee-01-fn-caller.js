/*---
id: re-caller-callee-01-fn-caller
description: "Reads fn.caller from inside a function to climb to its caller, which in sloppy code can reach host frames (vm2 ATTACKS category 5); strict snippet code must throw a TypeError."
kind: malicious
category: realm-escape
technique: RE-caller-callee
variant: plain
references:
  - "vm2 ATTACKS cat. 5"
expect:
  ultra-secure: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
---*/
function climb() { return climb.caller; }
const caller = climb();
return caller === null ? 'null' : typeof caller;

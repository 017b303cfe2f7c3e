/*---
id: re-descriptor-extract-01-plain
description: "Reads Function from the constructor descriptor of Function.prototype, a path that skips any replaced global Function binding (vm2 ATTACKS category 15)."
kind: malicious
category: realm-escape
technique: RE-descriptor-extract
variant: plain
references:
  - "vm2 ATTACKS cat. 15"
expect:
  ultra-secure: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: contained, value: "undefined" }
---*/
const F = Object.getOwnPropertyDescriptor(Function.prototype, 'constructor').value;
return F('return typeof process')();

/*---
id: cg-fnproto-ctor-03-getprototypeof-key
description: "Reaches Function.prototype with Object.getPrototypeOf(Math.max) and its constructor with a concatenated key, avoiding both __proto__ and the word constructor."
kind: malicious
category: code-generation
technique: CG-fnproto-ctor
variant: obfuscated
references:
  - "SES confinement test"
expect:
  ultra-secure: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: contained, value: "held" }
---*/
const proto = Object.getPrototypeOf(Math.max);
const F = proto['con' + 'struc' + 'tor'];
return F('return typeof globalThis.__SANDPROOF_CANARY__')() === 'undefined' ? 'held' : 'ESCAPED';

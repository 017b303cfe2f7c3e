/*---
id: cg-tagged-template-02-no-paren-chain
description: "Reaches Function as []['filter']['constructor'] with template-literal keys and invokes it with backticks only, the jsfsck encoding."
kind: malicious
category: code-generation
technique: CG-tagged-template
variant: obfuscated
references:
  - "centime/jsfsck (\"trades () for {}$`\")"
expect:
  ultra-secure: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: contained, value: "held" }
---*/
const g = [][`fil` + `ter`][`constr` + `uctor`]`return this```;
return typeof g.__SANDPROOF_CANARY__ === 'undefined' ? 'held' : 'ESCAPED';

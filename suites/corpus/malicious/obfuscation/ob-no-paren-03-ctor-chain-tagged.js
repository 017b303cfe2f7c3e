/*---
id: ob-no-paren-03-ctor-chain-tagged
description: >-
  Walks [].map.constructor and invokes it with a tagged template, pairing the classic constructor chain with
  a call form that AST filters looking only at CallExpression miss.
kind: malicious
category: obfuscation
technique: OB-no-paren
variant: obfuscated
references:
  - "centime/jsfsck"
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: contained, value: held }
---*/
const g = [].map.constructor`return this```;
return typeof g.process === 'undefined' && typeof g.__SANDPROOF_CANARY__ === 'undefined' ? 'held' : 'ESCAPED';

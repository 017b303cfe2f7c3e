/*---
id: ob-comment-split-03-ctor-chain-comments
description: >-
  Threads block comments between every dot of a constructor chain and between Function and its call.
kind: malicious
category: obfuscation
technique: OB-comment-split
variant: obfuscated
references:
  - "SES `evade-import-expression.test.js`"
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: contained, value: held }
---*/
const F = ({})/**/./**/constructor/*
*/./**/constructor;
return F /* not a call */ ("return typeof process === 'undefined' && typeof __SANDPROOF_CANARY__ === 'undefined' ? 'held' : 'ESCAPED'")();

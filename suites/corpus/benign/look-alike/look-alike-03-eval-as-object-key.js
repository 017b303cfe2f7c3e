/*---
id: look-alike-03-eval-as-object-key
description: "Uses eval as a property name in object literals and member reads, which is legal and harmless."
kind: benign
category: look-alike
flags: [look-alike]
expect:
  ultra-secure:    { outcome: allowed, value: { eval: 1, score: 3, keys: ["eval", "evaluate"] } }
  high-security:   { outcome: allowed, value: { eval: 1, score: 3, keys: ["eval", "evaluate"] } }
  tenant-isolated: { outcome: allowed, value: { eval: 1, score: 3, keys: ["eval", "evaluate"] } }
---*/
const metrics = { eval: 1, evaluate: 2 };
const score = metrics.eval + metrics['evaluate'];
return { eval: metrics.eval, score, keys: Object.keys(metrics) };

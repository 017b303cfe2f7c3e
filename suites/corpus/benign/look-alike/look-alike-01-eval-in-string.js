/*---
id: look-alike-01-eval-in-string
description: "Mentions eval only inside string literals, which a scanner must not confuse with a call."
kind: benign
category: look-alike
flags: [look-alike]
expect:
  ultra-secure:    { outcome: allowed, value: ["eval('1+1')", 11, true] }
  high-security:   { outcome: allowed, value: ["eval('1+1')", 11, true] }
  tenant-isolated: { outcome: allowed, value: ["eval('1+1')", 11, true] }
---*/
const doc = "eval('1+1')";
const warning = 'never call eval on user input';
return [doc, doc.length, warning.includes('eval')];

/*---
id: look-alike-35-sandbox-escape-essay
description: "Holds a paragraph about sandbox escapes as data and counts the scary words, executing none of them."
kind: benign
category: look-alike
flags: [look-alike]
expect:
  ultra-secure:    { outcome: allowed, value: { process: 1, constructor: 2, require: 1 } }
  high-security:   { outcome: allowed, value: { process: 1, constructor: 2, require: 1 } }
  tenant-isolated: { outcome: allowed, value: { process: 1, constructor: 2, require: 1 } }
---*/
const essay = 'An attacker tries this.constructor.constructor("return process")() and require("child_process").';
const count = (w) => essay.split(w).length - 1;
return { process: count('process') - count('child_process'), constructor: count('constructor'), require: count('require') };

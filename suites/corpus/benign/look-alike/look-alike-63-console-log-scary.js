/*---
id: look-alike-63-console-log-scary
description: "Logs scary-looking text (eval, process.exit, require) through the captured console and returns a count."
kind: benign
category: look-alike
flags: [look-alike]
expect:
  ultra-secure:    { outcome: allowed, value: 3 }
  high-security:   { outcome: allowed, value: 3 }
  tenant-isolated: { outcome: allowed, value: 3 }
---*/
console.log('eval("x") blocked as expected');
console.log('process.exit() is not available');
console.log("require('fs') denied");
return 3;

/*---
id: look-alike-16-global-local-variable
description: "Names a local configuration object global, a common word in application code."
kind: benign
category: look-alike
flags: [look-alike]
expect:
  ultra-secure:    { outcome: allowed, value: { debug: false, level: "info" } }
  high-security:   { outcome: allowed, value: { debug: false, level: "info" } }
  tenant-isolated: { outcome: allowed, value: { debug: false, level: "info" } }
---*/
const global = { debug: false, level: 'info' };
const settings = { ...global };
return settings;

/*---
id: look-alike-08-obj-require-method
description: "Calls a require() method on a local plugin registry object, not the module loader."
kind: benign
category: look-alike
flags: [look-alike]
expect:
  ultra-secure:    { outcome: allowed, value: { got: "csv-parser", missing: null } }
  high-security:   { outcome: allowed, value: { got: "csv-parser", missing: null } }
  tenant-isolated: { outcome: allowed, value: { got: "csv-parser", missing: null } }
---*/
const registry = {
  plugins: { csv: 'csv-parser', xml: 'xml-parser' },
  require(name) { return this.plugins[name] ?? null; },
};
return { got: registry.require('csv'), missing: registry.require('child_process') };

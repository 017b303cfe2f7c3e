/*---
id: look-alike-51-local-require-shim
description: "Defines a local const require that resolves names from an in-snippet table, shadowing nothing in ultra-secure."
kind: benign
category: look-alike
flags: [look-alike]
expect:
  ultra-secure:    { outcome: allowed, value: { add: 5, missing: "Error: no module 'fs'" } }
  high-security:   { outcome: allowed, value: { add: 5, missing: "Error: no module 'fs'" } }
  tenant-isolated: { outcome: allowed, value: { add: 5, missing: "Error: no module 'fs'" } }
---*/
const table = { math: { add: (a, b) => a + b } };
const require = (name) => {
  if (!(name in table)) throw new Error(`no module '${name}'`);
  return table[name];
};
let missing;
try { require('fs'); } catch (e) { missing = `${e.name}: ${e.message}`; }
return { add: require('math').add(2, 3), missing };

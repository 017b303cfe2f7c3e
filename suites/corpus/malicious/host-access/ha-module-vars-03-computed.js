/*---
id: ha-module-vars-03-computed
description: "Looks up the CommonJS variables through computed keys on the global object and on the wrapper's arguments."
kind: malicious
category: host-access
technique: HA-module-vars
variant: obfuscated
references:
  - "vm2 ATTACKS cat. 13 detection rules"
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
---*/
const names = ['mod' + 'ule', 'exp' + 'orts', '__file' + 'name', '__dir' + 'name'];
const found = names.filter((n) => globalThis[n] !== undefined);
// Node's CommonJS wrapper passes (exports, require, module, __filename, __dirname) as arguments.
if (arguments.length >= 5 && typeof arguments[1] === 'function') found.push('cjs-arguments');
return found.length === 0 ? 'held' : 'ESCAPED: ' + found.join(',');

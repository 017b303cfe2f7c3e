/*---
id: ha-require-05-allowed-module-codegen
description: "Loads an allowed module (lodash) and uses its template compiler, which calls Function internally, to run code that looks for the host; refused where Function is, sandboxed in tenant-isolated."
kind: malicious
category: host-access
technique: HA-require
variant: combined
references:
  - "vm2 ATTACKS cat. 13"
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
flags: [needs-module]
---*/
if (typeof require !== 'function') return 'held';
const _ = require('lodash');
try {
  const render = _.template('<%= typeof process %>|<%= typeof require %>');
  const out = render({});
  // Inside tenant-isolated the compiled template sees the sandbox: no process, and require is the guarded one.
  return out.startsWith('undefined|') ? 'held' : 'ESCAPED: ' + out;
} catch (e) {
  return e instanceof EvalError ? 'held' : 'unexpected:' + e.name;
}

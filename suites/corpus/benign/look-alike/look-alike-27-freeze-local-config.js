/*---
id: look-alike-27-freeze-local-config
description: "Freezes a local configuration object deeply (never a builtin) and shows strict-mode writes throw."
kind: benign
category: look-alike
flags: [look-alike]
expect:
  ultra-secure:    { outcome: allowed, value: [true, true, "TypeError", 8080] }
  high-security:   { outcome: allowed, value: [true, true, "TypeError", 8080] }
  tenant-isolated: { outcome: allowed, value: [true, true, "TypeError", 8080] }
---*/
const deepFreeze = (o) => { Object.values(o).forEach((v) => typeof v === 'object' && v !== null && deepFreeze(v)); return Object.freeze(o); };
const config = deepFreeze({ server: { port: 8080 }, tags: ['a'] });
let err = null;
try { config.server.port = 1; } catch (e) { err = e.name; }
return [Object.isFrozen(config), Object.isFrozen(config.server), err, config.server.port];

/*---
id: syntax-30-strict-mode-semantics
description: "Checks strict-mode behaviour: this is undefined in plain calls and writes to frozen objects throw."
kind: benign
category: syntax
expect:
  ultra-secure:    { outcome: allowed, value: ["undefined", "TypeError", 1] }
  high-security:   { outcome: allowed, value: ["undefined", "TypeError", 1] }
  tenant-isolated: { outcome: allowed, value: ["undefined", "TypeError", 1] }
---*/
function who() { return typeof this; }
const frozen = Object.freeze({ x: 1 });
let caught = 'none';
try { frozen.x = 2; } catch (e) { caught = e.name; }
return [who(), caught, frozen.x];

/*---
id: look-alike-50-error-constructor-name
description: "Reads err.constructor.name and err.name of caught errors to classify them."
kind: benign
category: look-alike
flags: [look-alike]
expect:
  ultra-secure:    { outcome: allowed, value: [["TypeError", "TypeError"], ["RangeError", "RangeError"]] }
  high-security:   { outcome: allowed, value: [["TypeError", "TypeError"], ["RangeError", "RangeError"]] }
  tenant-isolated: { outcome: allowed, value: [["TypeError", "TypeError"], ["RangeError", "RangeError"]] }
---*/
const classify = (fn) => { try { fn(); } catch (e) { return [e.constructor.name, e.name]; } return null; };
return [classify(() => null.x), classify(() => new Array(-1))];

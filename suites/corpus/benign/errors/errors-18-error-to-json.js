/*---
id: errors-18-error-to-json
description: "Serialises an error to JSON by copying its fields, since JSON.stringify of an Error gives an empty object."
kind: benign
category: errors
expect:
  ultra-secure:    { outcome: allowed, value: { naive: "{}", manual: { name: "TypeError", message: "bad input", code: 400 } } }
  high-security:   { outcome: allowed, value: { naive: "{}", manual: { name: "TypeError", message: "bad input", code: 400 } } }
  tenant-isolated: { outcome: allowed, value: { naive: "{}", manual: { name: "TypeError", message: "bad input", code: 400 } } }
---*/
const e = Object.assign(new TypeError('bad input'), { code: 400 });
const { code } = e;
return { naive: JSON.stringify(new Error('x')), manual: { name: e.name, message: e.message, code } };

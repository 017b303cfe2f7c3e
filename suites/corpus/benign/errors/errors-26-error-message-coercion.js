/*---
id: errors-26-error-message-coercion
description: "Checks how error messages are coerced from numbers, objects and undefined."
kind: benign
category: errors
expect:
  ultra-secure:    { outcome: allowed, value: ["42", "[object Object]", "", false] }
  high-security:   { outcome: allowed, value: ["42", "[object Object]", "", false] }
  tenant-isolated: { outcome: allowed, value: ["42", "[object Object]", "", false] }
---*/
return [new Error(42).message, new Error({}).message, new Error().message, Object.hasOwn(new Error(), 'message')];

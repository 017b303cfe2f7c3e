/*---
id: errors-24-error-instanceof-across-types
description: "Checks instanceof relations among builtin error types."
kind: benign
category: errors
expect:
  ultra-secure:    { outcome: allowed, value: [true, true, false, false, true] }
  high-security:   { outcome: allowed, value: [true, true, false, false, true] }
  tenant-isolated: { outcome: allowed, value: [true, true, false, false, true] }
---*/
const te = new TypeError('t');
return [te instanceof TypeError, te instanceof Error, te instanceof RangeError, new Error('e') instanceof TypeError, new AggregateError([]) instanceof Error];

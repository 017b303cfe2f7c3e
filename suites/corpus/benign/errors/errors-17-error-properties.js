/*---
id: errors-17-error-properties
description: "Reads standard own properties of an error (message, cause) and checks which are enumerable."
kind: benign
category: errors
expect:
  ultra-secure:    { outcome: allowed, value: { messageOwn: true, messageEnumerable: false, keys: ["detail"], cause: 1 } }
  high-security:   { outcome: allowed, value: { messageOwn: true, messageEnumerable: false, keys: ["detail"], cause: 1 } }
  tenant-isolated: { outcome: allowed, value: { messageOwn: true, messageEnumerable: false, keys: ["detail"], cause: 1 } }
---*/
const e = new Error('m', { cause: 1 });
e.detail = 'extra';
return {
  messageOwn: Object.hasOwn(e, 'message'),
  messageEnumerable: Object.prototype.propertyIsEnumerable.call(e, 'message'),
  keys: Object.keys(e),
  cause: e.cause,
};

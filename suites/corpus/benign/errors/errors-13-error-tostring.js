/*---
id: errors-13-error-tostring
description: "Formats errors with String() and toString, including a custom name."
kind: benign
category: errors
expect:
  ultra-secure:    { outcome: allowed, value: ["Error: plain", "TypeError: typed", "QuotaError: over", "Error"] }
  high-security:   { outcome: allowed, value: ["Error: plain", "TypeError: typed", "QuotaError: over", "Error"] }
  tenant-isolated: { outcome: allowed, value: ["Error: plain", "TypeError: typed", "QuotaError: over", "Error"] }
---*/
const q = new Error('over');
q.name = 'QuotaError';
return [String(new Error('plain')), new TypeError('typed').toString(), `${q}`, String(new Error())];

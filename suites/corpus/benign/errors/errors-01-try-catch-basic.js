/*---
id: errors-01-try-catch-basic
description: "Throws and catches an Error, returning its name and message."
kind: benign
category: errors
expect:
  ultra-secure:    { outcome: allowed, value: ["Error", "boom"] }
  high-security:   { outcome: allowed, value: ["Error", "boom"] }
  tenant-isolated: { outcome: allowed, value: ["Error", "boom"] }
---*/
try {
  throw new Error('boom');
} catch (e) {
  return [e.name, e.message];
}

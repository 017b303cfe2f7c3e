/*---
id: errors-14-optional-catch-binding
description: "Uses catch without a binding to fall back to a default when JSON is malformed."
kind: benign
category: errors
input: { raw: ["{\"a\":1}", "{oops", "[1,2]"] }
expect:
  ultra-secure:    { outcome: allowed, value: [{ a: 1 }, null, [1, 2]] }
  high-security:   { outcome: allowed, value: [{ a: 1 }, null, [1, 2]] }
  tenant-isolated: { outcome: allowed, value: [{ a: 1 }, null, [1, 2]] }
---*/
return input.raw.map((s) => {
  try { return JSON.parse(s); } catch { return null; }
});

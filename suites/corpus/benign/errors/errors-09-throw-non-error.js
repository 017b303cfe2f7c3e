/*---
id: errors-09-throw-non-error
description: "Throws non-Error values (string, number, object) and catches them unchanged."
kind: benign
category: errors
expect:
  ultra-secure:    { outcome: allowed, value: ["string", 42, { code: 7 }, null] }
  high-security:   { outcome: allowed, value: ["string", 42, { code: 7 }, null] }
  tenant-isolated: { outcome: allowed, value: ["string", 42, { code: 7 }, null] }
---*/
const caught = [];
for (const v of ['string', 42, { code: 7 }, null]) {
  try { throw v; } catch (e) { caught.push(e); }
}
return caught;

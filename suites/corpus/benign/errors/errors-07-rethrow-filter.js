/*---
id: errors-07-rethrow-filter
description: "Catches errors selectively by type and rethrows the rest, with the outer handler seeing the rethrown one."
kind: benign
category: errors
expect:
  ultra-secure:    { outcome: allowed, value: ["handled RangeError", "outer got TypeError"] }
  high-security:   { outcome: allowed, value: ["handled RangeError", "outer got TypeError"] }
  tenant-isolated: { outcome: allowed, value: ["handled RangeError", "outer got TypeError"] }
---*/
const out = [];
const risky = (kind) => { throw kind === 'range' ? new RangeError('r') : new TypeError('t'); };
for (const kind of ['range', 'type']) {
  try {
    try { risky(kind); } catch (e) {
      if (e instanceof RangeError) out.push(`handled ${e.name}`);
      else throw e;
    }
  } catch (e) {
    out.push(`outer got ${e.name}`);
  }
}
return out;

/*---
id: errors-04-error-cause
description: "Wraps a low-level error with the cause option and walks the cause chain."
kind: benign
category: errors
expect:
  ultra-secure:    { outcome: allowed, value: ["load failed", "parse failed", "bad token"] }
  high-security:   { outcome: allowed, value: ["load failed", "parse failed", "bad token"] }
  tenant-isolated: { outcome: allowed, value: ["load failed", "parse failed", "bad token"] }
---*/
const chain = [];
try {
  try {
    try { throw new SyntaxError('bad token'); } catch (e) { throw new Error('parse failed', { cause: e }); }
  } catch (e) { throw new Error('load failed', { cause: e }); }
} catch (e) {
  for (let cur = e; cur; cur = cur.cause) chain.push(cur.message);
}
return chain;

/*---
id: errors-11-result-type-pattern
description: "Converts exceptions into Result objects so callers never need try/catch."
kind: benign
category: errors
input: { values: ["4", "x", "16", "-1"] }
expect:
  ultra-secure:    { outcome: allowed, value: [{ ok: true, value: 2 }, { ok: false, error: "not a number: x" }, { ok: true, value: 4 }, { ok: false, error: "negative: -1" }] }
  high-security:   { outcome: allowed, value: [{ ok: true, value: 2 }, { ok: false, error: "not a number: x" }, { ok: true, value: 4 }, { ok: false, error: "negative: -1" }] }
  tenant-isolated: { outcome: allowed, value: [{ ok: true, value: 2 }, { ok: false, error: "not a number: x" }, { ok: true, value: 4 }, { ok: false, error: "negative: -1" }] }
---*/
const sqrt = (s) => {
  const n = Number(s);
  if (Number.isNaN(n)) throw new TypeError(`not a number: ${s}`);
  if (n < 0) throw new RangeError(`negative: ${s}`);
  return Math.sqrt(n);
};
const attempt = (fn) => { try { return { ok: true, value: fn() }; } catch (e) { return { ok: false, error: e.message }; } };
return input.values.map((v) => attempt(() => sqrt(v)));

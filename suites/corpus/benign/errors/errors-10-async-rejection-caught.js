/*---
id: errors-10-async-rejection-caught
description: "Catches a rejected await inside an async function and converts it into a result object."
kind: benign
category: errors
flags: [async]
expect:
  ultra-secure:    { outcome: allowed, value: { ok: false, error: "not found: 7" } }
  high-security:   { outcome: allowed, value: { ok: false, error: "not found: 7" } }
  tenant-isolated: { outcome: allowed, value: { ok: false, error: "not found: 7" } }
---*/
const find = async (id) => { throw new Error(`not found: ${id}`); };
try {
  return { ok: true, value: await find(7) };
} catch (e) {
  return { ok: false, error: e.message };
}
